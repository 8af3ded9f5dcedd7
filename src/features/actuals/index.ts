export { ActualsScreen } from './actuals-screen';
