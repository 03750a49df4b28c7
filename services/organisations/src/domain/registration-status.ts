/** Whether an organisation is legally registered. */
export enum RegistrationStatus {
  REGISTERED = 'REGISTERED',
  INFORMAL = 'INFORMAL',
}
