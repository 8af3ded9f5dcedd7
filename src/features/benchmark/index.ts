export { BenchmarkScreen } from './benchmark-screen';
