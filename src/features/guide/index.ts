export { GuideChecklist } from './guide-checklist';
