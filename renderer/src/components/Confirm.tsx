/**
 * The app's confirmation: antd's Popconfirm answered from the keyboard as every one of them is — open, the cursor on
 * its first button, "Quay lại" (focusConfirmBack: Enter keeps things as they are, Tab reaches the one that acts);
 * closed with the cursor lost on its hidden button, back on the button that asked (useReturnFocus, as a closing drawer
 * or dialog gives it back). A confirmation left to antd kept the cursor on the page behind it: Tab went on past it and
 * closed it unanswered, and once answered the cursor fell to the page.
 */
import type { FC, ReactNode } from 'react';
import { Button, Popconfirm, type App, type ModalFuncProps, type PopconfirmProps } from 'antd';
import { focusConfirmBack } from './focus';
import { useReturnFocus } from '../hooks/useReturnFocus';

export function Confirm({ onOpenChange, okButtonProps, cancelButtonProps, ...props }: PopconfirmProps) {
  const back = useReturnFocus();
  return (
    <Popconfirm
      {...props}
      // The cursor is placed by focusConfirmBack once the popup is placed: antd's autoFocus focused before, which
      // scrolled the page to its top (see focusConfirmAction).
      okButtonProps={{ ...okButtonProps, autoFocus: false }}
      cancelButtonProps={{ ...cancelButtonProps, autoFocus: false }}
      onOpenChange={(open: boolean) => {
        if (open) {
          back.remember();
          focusConfirmBack();
        } else back.restore();
        onOpenChange?.(open);
      }}
    />
  );
}

/** What a caller of `confirmIrreversible` may say of the cursor once the question has gone (where it opens is not theirs to say). */
export type IrreversibleQuestion = Omit<ModalFuncProps, 'autoFocusButton' | 'focusTriggerAfterClose' | 'focusable'> & {
  readonly focusable?: { readonly focusTriggerAfterClose?: boolean };
};

/**
 * The app's question in a dialog (antd's `modal.confirm`) before a step that cannot be undone — removing the sample
 * data, restoring over this PC's data, a job's final numbering: it opens on its "Quay lại" (one Enter on opening went
 * ahead with it). A caller that acts once the question has gone (`afterClose`: a merge run, the cursor put back in the
 * field it came from) places the cursor itself, so the question does not give it back to what asked, where it would
 * be taken from the field just put back; one that must have it given back says so (`focusable.focusTriggerAfterClose`).
 */
export function confirmIrreversible(modal: ReturnType<typeof App.useApp>['modal'], config: IrreversibleQuestion) {
  return modal.confirm(irreversibleQuestion(config));
}

/** The dialog `confirmIrreversible` asks (see it). */
export function irreversibleQuestion({ focusable, ...config }: IrreversibleQuestion): ModalFuncProps {
  return { ...config, focusable: { autoFocusButton: 'cancel', focusTriggerAfterClose: config.afterClose === undefined, ...focusable } };
}

/** A question asked before saving what looks like a slip (a back-dated number, a stray heading): what it says and its answers. */
export type SaveQuestion = {
  readonly title: string;
  readonly content: string;
  /** Saves as it is. */
  readonly saveText: string;
  /** Goes back to correct (Esc too). */
  readonly backText: string;
  /** A third answer, where what was most likely meant is known (the heading of the plan it starts like): the OK button, under the cursor. */
  readonly useText?: string;
};

/**
 * Asks `question` in a dialog that opens on its "back" answer (Enter goes back to correct, Tab reaches the one that
 * saves) — or, where there is a third answer (what was most likely meant), on that one, its OK button; Esc goes back.
 * Each answer is acted on once the dialog has closed, so the focus it held is not handed back over the form the answer
 * moved on. `busy`: the form's "saving" flag, held while the question is open (a second Enter does not ask it twice)
 * and let go before the answer runs.
 */
export function askBeforeSaving(
  modal: ReturnType<typeof App.useApp>['modal'],
  question: SaveQuestion,
  answer: { readonly onSave: () => void; readonly onBack: () => void; readonly onUse?: () => void },
  busy: { current: boolean },
) {
  const use = question.useText !== undefined && answer.onUse !== undefined;
  let chosen: 'save' | 'back' | 'use' = 'back';
  busy.current = true;
  const dialog = modal.confirm({
    title: question.title,
    content: question.content,
    okText: use ? question.useText : question.saveText,
    cancelText: question.backText,
    focusable: { autoFocusButton: use ? 'ok' : 'cancel', focusTriggerAfterClose: false },
    width: 560,
    okButtonProps: { 'data-testid': use ? 'ask-use' : 'ask-save' } as never,
    cancelButtonProps: { 'data-testid': 'ask-back' } as never,
    ...(use
      ? {
          // Saving as typed, between going back and the answer under the cursor.
          footer: (_: ReactNode, { OkBtn, CancelBtn }: { OkBtn: FC; CancelBtn: FC }) => (
            <>
              <CancelBtn />
              <Button
                data-testid="ask-save"
                onClick={() => {
                  chosen = 'save';
                  dialog.destroy();
                }}
              >
                {question.saveText}
              </Button>
              <OkBtn />
            </>
          ),
        }
      : {}),
    onOk: () => {
      chosen = use ? 'use' : 'save';
    },
    afterClose: () => {
      busy.current = false;
      if (chosen === 'save') answer.onSave();
      else if (chosen === 'use') answer.onUse!();
      else answer.onBack();
    },
  });
}
