export { BaselineScreen } from './baseline-screen';
