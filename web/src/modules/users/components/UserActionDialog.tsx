import { useState, type ReactNode } from "react";
import { errorInfo } from "../../../app/errors";
import { ConfirmDialog } from "../../../app/ui/ConfirmDialog";
import type { UserRowFragment } from "../../../generated/graphql";

interface Props {
  user: UserRowFragment | null;
  title: string;
  confirmLabel: string;
  danger?: boolean;
  busy: boolean;
  /** What confirming does; a failure is shown in the dialog, which stays open. */
  run(user: UserRowFragment): Promise<unknown>;
  onClose(): void;
  onDone(user: UserRowFragment): void;
  children: ReactNode;
}

/** Confirms one administrator action on an account (lift a block, reset two-factor). Focus starts on "Avbryt"; Escape cancels. */
export function UserActionDialog({ user, title, confirmLabel, danger, busy, run, onClose, onDone, children }: Props) {
  const [error, setError] = useState<string | null>(null);

  async function confirm() {
    if (!user) return;
    try {
      await run(user);
      setError(null);
      onDone(user);
    } catch (err) {
      setError(errorInfo(err).message);
    }
  }

  function close() {
    setError(null);
    onClose();
  }

  return (
    <ConfirmDialog
      open={!!user}
      title={title}
      confirmLabel={confirmLabel}
      danger={danger}
      busy={busy}
      error={error}
      onConfirm={() => void confirm()}
      onClose={close}
    >
      {children}
    </ConfirmDialog>
  );
}
