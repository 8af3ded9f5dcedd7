/**
 * The editor component of each editor kind of the change-op table (src/model/changes.ts). A new
 * op names an existing kind there, or adds its kind and component here.
 */
import type { ComponentType } from 'react';
import type { Change, ModelFile } from '../../engine';
import { changeInfo, type ChangeEditorKind } from '../../model';
import { EndLineEditor, ScaleEditor, TransferEditor } from './cost-editors';
import type { ChangeEdit } from './editor-fields';
import { LeaveEditor } from './leave-editor';
import { LineEditor } from './line-editor';
import { ParamEditor } from './param-editor';
import { StaffEditor } from './staff-editor';
import { StaffTransitionEditor } from './staff-transition-editor';

type EditorProps<C extends Change> = { model: ModelFile; change: C; edit: ChangeEdit };

/** Each kind's component takes the changes of the ops that name that kind in the table. */
const EDITORS: { [K in ChangeEditorKind]: ComponentType<EditorProps<never>> } = {
  line: LineEditor,
  staff: StaffEditor,
  transfer: TransferEditor,
  scale: ScaleEditor,
  endLine: EndLineEditor,
  param: ParamEditor,
  leave: LeaveEditor,
  staffTransition: StaffTransitionEditor,
};

export function ChangeEditor({ model, change, edit }: EditorProps<Change>) {
  // The table pairs each op with the kind whose component accepts its changes.
  const Editor = EDITORS[changeInfo(change).editor] as ComponentType<EditorProps<Change>>;
  return <Editor model={model} change={change} edit={edit} />;
}
