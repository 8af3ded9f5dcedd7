export { ModelSetupScreen } from './model-setup-screen';
