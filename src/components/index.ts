export { CheckboxField, CheckboxGroup, NumberField, percentText, SelectField, TextField, type Option } from './fields';
export { ConfirmDialog } from './confirm-dialog';
export { downloadBlob, downloadText, today } from './download';
export { ScreenHeader, Section } from './section';
export { FileDrop } from './file-drop';
export { OpenModelFile } from './open-model-file';
export { Tabs, type TabItem } from './tabs';
export { InputPicker } from './input-picker';
