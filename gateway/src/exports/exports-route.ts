import { type IncomingMessage, type ServerResponse } from 'node:http';
import { type ApolloServer } from '@apollo/server';
import { HttpError, Region, isReportReader } from '@icssi/platform';
import { type GatewayContext } from '../gateway-context';
import {
  ExportPeriodError,
  type ExportedReport,
  REGION_REPORT_EXPORT_QUERY,
  periodInputFromParams,
  reportRows,
  toCsv,
} from './region-report-rows';
import { EXPORT_LABELS_QUERY, type ExportLabels, ExportLanguage } from './export-language';

const EXPORTS: Record<string, { hxl: boolean; filename: string }> = {
  '/exports/region-report.csv': { hxl: false, filename: 'region-report' },
  '/exports/region-report.hxl.csv': { hxl: true, filename: 'region-report-hxl' },
};

/**
 * CSV exports for spreadsheet users (whoever may query reports: the bridge team, editors and
 * admins): the report query runs through the graph with the caller's identity, so authorization and
 * the protection of counts of people apply exactly as for the same query. `region=` narrows the file
 * to one region.
 */
export function exportsRoute(apollo: ApolloServer<GatewayContext>, contextOf: (request: IncomingMessage) => Promise<GatewayContext>) {
  return async (request: IncomingMessage, response: ServerResponse, url: URL): Promise<boolean> => {
    const target = EXPORTS[url.pathname];
    if (!target) return false;
    if (request.method !== 'GET') throw new HttpError(405, 'METHOD_NOT_ALLOWED', 'Exports are fetched with GET.');
    const context = await contextOf(request);
    if (!context.viewer.id) throw new HttpError(401, 'UNAUTHENTICATED', 'Send a bearer token: Authorization: Bearer <token>');
    if (!isReportReader(context.viewer)) throw new HttpError(403, 'FORBIDDEN', 'Exports are for the bridge team, editors and admins.');
    let period;
    try {
      period = periodInputFromParams(url.searchParams);
    } catch (error) {
      if (error instanceof ExportPeriodError) throw new HttpError(400, 'BAD_USER_INPUT', error.message);
      throw error;
    }
    const region = url.searchParams.get('region');
    if (region !== null && !Object.values(Region).includes(region as Region))
      throw new HttpError(400, 'BAD_USER_INPUT', `region is one of ${Object.values(Region).join(', ')}.`);
    const result = await apollo.executeOperation({ query: REGION_REPORT_EXPORT_QUERY, variables: { period } }, { contextValue: context });
    const single = result.body.kind === 'single' ? result.body.singleResult : null;
    const reports = (single?.data as { regionReports?: ExportedReport[] } | undefined)?.regionReports;
    if (!reports || single?.errors?.length) {
      // A forum season that does not exist is the caller's mistake, not a failure.
      if (single?.errors?.length && single.errors.every((error) => error.extensions?.code === 'BAD_USER_INPUT'))
        throw new HttpError(400, 'BAD_USER_INPUT', 'No such forum season, or one without dates yet.');
      context.logger.warn('export failed', { errors: single?.errors?.map((error) => error.message) });
      throw new HttpError(502, 'EXPORT_FAILED', 'The report could not be produced; try again later.');
    }
    const language = new ExportLanguage(context.locale, await exportLabels(apollo, context));
    const body = toCsv(
      reportRows(
        reports.filter((report) => region === null || report.region === region),
        language,
      ),
      target.hxl,
      language,
    );
    const name = reports[0]?.period ?? 'report';
    response.writeHead(200, {
      'content-type': 'text/csv; charset=utf-8',
      'content-language': context.locale,
      'content-disposition': `attachment; filename="${target.filename}-${name.replace(/[^0-9A-Za-z.-]/g, '_')}${region ? `-${region}` : ''}.csv"`,
      'cache-control': 'no-store',
    });
    response.end(body);
    return true;
  };
}

/** The categories' labels in the caller's language, from the graph; without them (a subgraph down) categories stay codes. */
async function exportLabels(apollo: ApolloServer<GatewayContext>, context: GatewayContext): Promise<ExportLabels> {
  const result = await apollo.executeOperation(
    { query: EXPORT_LABELS_QUERY, variables: { locale: context.locale } },
    { contextValue: context },
  );
  const single = result.body.kind === 'single' ? result.body.singleResult : null;
  if (single?.errors?.length) context.logger.warn('export labels incomplete', { errors: single.errors.map((error) => error.message) });
  return (single?.data as { labels?: ExportLabels } | undefined)?.labels ?? {};
}
