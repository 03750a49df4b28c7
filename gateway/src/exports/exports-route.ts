import { IncomingMessage, ServerResponse } from 'node:http';
import { ApolloServer } from '@apollo/server';
import { HttpError, Role } from '@icssi/platform';
import { GatewayContext } from '../gateway-context';
import { ExportedReport, REGION_REPORT_EXPORT_QUERY, periodInputFromParam, reportRows, toCsv } from './region-report-rows';
import { EXPORT_LABELS_QUERY, ExportLabels, ExportLanguage } from './export-language';

const EXPORTS: Record<string, { hxl: boolean; filename: string }> = {
  '/exports/region-report.csv': { hxl: false, filename: 'region-report' },
  '/exports/region-report.hxl.csv': { hxl: true, filename: 'region-report-hxl' },
};

/**
 * CSV exports for spreadsheet users (bridge team and admins): the report query runs through the
 * graph with the caller's identity, so authorization and small-cell suppression apply as for any client.
 */
export function exportsRoute(apollo: ApolloServer<GatewayContext>, contextOf: (request: IncomingMessage) => Promise<GatewayContext>) {
  return async (request: IncomingMessage, response: ServerResponse, url: URL): Promise<boolean> => {
    const target = EXPORTS[url.pathname];
    if (!target) return false;
    if (request.method !== 'GET') throw new HttpError(405, 'METHOD_NOT_ALLOWED', 'Exports are fetched with GET.');
    const context = await contextOf(request);
    if (!context.viewer.id) throw new HttpError(401, 'UNAUTHENTICATED', 'Send a bearer token: Authorization: Bearer <token>');
    if (!context.viewer.roles.some((role) => role === Role.BRIDGE || role === Role.ADMIN)) {
      throw new HttpError(403, 'FORBIDDEN', 'Exports are for the bridge team and admins.');
    }
    const param = url.searchParams.get('period') ?? '';
    let period;
    try {
      period = periodInputFromParam(param);
    } catch {
      throw new HttpError(400, 'BAD_USER_INPUT', 'Give period=2026, period=2026-Q3 or period=2026-01-01..2026-06-30.');
    }
    const result = await apollo.executeOperation({ query: REGION_REPORT_EXPORT_QUERY, variables: { period } }, { contextValue: context });
    const single = result.body.kind === 'single' ? result.body.singleResult : null;
    const reports = (single?.data as { regionReports?: ExportedReport[] } | undefined)?.regionReports;
    if (!reports || single?.errors?.length) {
      context.logger.warn('export failed', { errors: single?.errors?.map((error) => error.message) });
      throw new HttpError(502, 'EXPORT_FAILED', 'The report could not be produced; try again later.');
    }
    const language = new ExportLanguage(context.locale, await exportLabels(apollo, context));
    const body = toCsv(reportRows(reports, language), target.hxl, language);
    response.writeHead(200, {
      'content-type': 'text/csv; charset=utf-8',
      'content-language': context.locale,
      'content-disposition': `attachment; filename="${target.filename}-${param.replace(/[^0-9A-Za-z.-]/g, '_')}.csv"`,
      'cache-control': 'no-store',
    });
    response.end(body);
    return true;
  };
}

/** The categories' labels in the caller's language, from the graph; without them (a subgraph down) categories stay codes. */
async function exportLabels(apollo: ApolloServer<GatewayContext>, context: GatewayContext): Promise<ExportLabels> {
  const result = await apollo.executeOperation({ query: EXPORT_LABELS_QUERY, variables: { locale: context.locale } }, { contextValue: context });
  const single = result.body.kind === 'single' ? result.body.singleResult : null;
  if (single?.errors?.length) context.logger.warn('export labels incomplete', { errors: single.errors.map((error) => error.message) });
  return (single?.data as { labels?: ExportLabels } | undefined)?.labels ?? {};
}
