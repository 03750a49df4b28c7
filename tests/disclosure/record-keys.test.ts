import { readFileSync } from 'node:fs';
import path from 'node:path';

/** The secret record keys of the cell-key method exist only in the databases: no schema a client or subgraph sees mentions them. */
describe('record keys', () => {
  it.each([
    'schema/supergraph.graphql',
    'schema/organisations.graphql',
    'schema/campaigns.graphql',
    'schema/cohesion-councils.graphql',
    'schema/forum-seasons.graphql',
    'clients/api-schema.graphql',
  ])('are in no field or argument of %s', (file) => {
    const sdl = readFileSync(path.resolve(__dirname, '../..', file), 'utf8');
    expect(sdl).toMatch(/RegionReport/);
    expect(sdl).not.toMatch(/record_?key|cell_?key/i);
  });
});
