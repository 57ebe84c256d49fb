/** Typed IPC handlers: each checks the sender frame and the payload before doing anything. */
import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import type { Channel, IpcContract } from '../shared/ipc-contract';
import { isTrustedSender, validatePayload } from './validate';

export function handle<C extends Channel>(
  channel: C,
  handler: (request: IpcContract[C]['request'], event: IpcMainInvokeEvent) => Promise<IpcContract[C]['response']>,
): void {
  ipcMain.handle(channel, async (event, payload: unknown) => {
    if (!isTrustedSender(event.senderFrame?.url)) throw new Error('refused: untrusted sender');
    if (!validatePayload(channel, payload)) throw new Error(`refused: invalid payload for ${channel}`);
    return handler(payload as IpcContract[C]['request'], event);
  });
}
