export { BudgetScreen } from './budget-screen';
