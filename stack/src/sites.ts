/** The region sites `npm start` runs beside the graph (sites/, one code base, SITE picks the region). */
export interface SiteProcess {
  id: 'baghdad' | 'erbil';
  title: string;
  portVariable: string;
  defaultPort: number;
}

export const SITES: readonly SiteProcess[] = [
  { id: 'baghdad', title: 'Baghdad (Arabic)', portVariable: 'BAGHDAD_SITE_PORT', defaultPort: 4010 },
  { id: 'erbil', title: 'Erbil (Sorani Kurdish)', portVariable: 'ERBIL_SITE_PORT', defaultPort: 4011 },
];
