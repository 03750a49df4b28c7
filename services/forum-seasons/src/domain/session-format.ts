/** The format of a forum session. */
export enum SessionFormat {
  PLENARY = 'PLENARY',
  WORKSHOP = 'WORKSHOP',
  CONVERGENCE_ASSEMBLY = 'CONVERGENCE_ASSEMBLY',
  CULTURAL = 'CULTURAL',
}
