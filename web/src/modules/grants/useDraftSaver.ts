import { useMutation } from "@apollo/client/react";
import { useCallback, useEffect, useRef, useState } from "react";
import { errorInfo } from "../../app/errors";
import type { GrantApplicationFieldsFragment } from "../../generated/graphql";
import { type ApplicationValues, toSaveInput } from "./applicationValues";
import { SaveGrantApplicationMutation } from "./operations";

export type SaveState = { kind: "idle" } | { kind: "saving" } | { kind: "saved"; at: Date } | { kind: "failed"; message: string };

const AUTOSAVE_MS = 1200;

interface Options {
  /** The draft's id once it exists; null until the first save creates it. */
  id: string | null;
  callId: string;
  values: ApplicationValues;
  /** Autosave only while the application can be edited. */
  enabled: boolean;
  onCreated(app: GrantApplicationFieldsFragment): void;
}

/**
 * Saves a draft: automatically a moment after the applicant stops typing, and on request.
 * Saves run one after the other, so the first one creates the draft and the rest update it.
 */
export function useDraftSaver({ id, callId, values, enabled, onCreated }: Options) {
  const [save] = useMutation(SaveGrantApplicationMutation);
  const [state, setState] = useState<SaveState>({ kind: "idle" });
  const idRef = useRef(id);
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const savedJson = useRef(JSON.stringify(toSaveInput(values, false)));
  const created = useRef(onCreated);
  created.current = onCreated;

  const persist = useCallback(
    (v: ApplicationValues, strict: boolean): Promise<GrantApplicationFieldsFragment> => {
      const run = async () => {
        const fields = toSaveInput(v, strict);
        setState({ kind: "saving" });
        try {
          const res = await save({ variables: { input: idRef.current ? { ...fields, id: idRef.current } : { ...fields, callId } } });
          const app = res.data!.saveGrantApplication;
          savedJson.current = JSON.stringify(toSaveInput(v, false));
          setState({ kind: "saved", at: new Date() });
          if (!idRef.current) {
            idRef.current = app.id;
            created.current(app);
          }
          return app;
        } catch (err) {
          setState({ kind: "failed", message: errorInfo(err).message });
          throw err;
        }
      };
      const next = queue.current.then(run, run);
      queue.current = next.catch(() => undefined);
      return next;
    },
    [save, callId],
  );

  // Autosave: a moment after the last change, when something differs from what was saved.
  // Compared as text: the form may hand over the same object with new contents.
  const json = JSON.stringify(toSaveInput(values, false));
  const latest = useRef(values);
  latest.current = values;
  useEffect(() => {
    if (!enabled || json === savedJson.current) return;
    const timer = window.setTimeout(() => {
      persist(latest.current, false).catch(() => undefined);
    }, AUTOSAVE_MS);
    return () => window.clearTimeout(timer);
  }, [json, enabled, persist]);

  return { state, persist, currentId: () => idRef.current };
}
