export enum RegistrationStatus {
  REGISTERED = 'REGISTERED',
  INFORMAL = 'INFORMAL',
}
