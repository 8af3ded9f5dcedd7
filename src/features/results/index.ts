export { ResultsScreen } from './results-screen';
