import { useState } from 'react';

/** A question waiting for the user's answer in the confirmation dialog. */
export interface Confirmation {
  title: string;
  body: string;
  ok: string;
  resolve(ok: boolean): void;
}

export interface Confirm {
  /** The question shown now, if any. */
  confirmation: Confirmation | null;
  /** Shows a question; resolves true when the user chose `ok`. */
  ask(title: string, body: string, ok: string): Promise<boolean>;
  /** The user's answer to the question shown: resolves it and closes the dialog. */
  answer(ok: boolean): void;
}

/** Confirmation dialogs as promises, so a command can ask and then go on. */
export function useConfirm(): Confirm {
  const [confirmation, setConfirmation] = useState<Confirmation | null>(null);
  const ask = (title: string, body: string, ok: string) => new Promise<boolean>((resolve) => setConfirmation({ title, body, ok, resolve }));
  const answer = (ok: boolean) => {
    confirmation?.resolve(ok);
    setConfirmation(null);
  };
  return { confirmation, ask, answer };
}
