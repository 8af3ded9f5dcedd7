export { AllocationScreen } from './allocation-screen';
