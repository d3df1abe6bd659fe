import { useActorRef } from '@xstate/react';
import { useEffect, useMemo, useState } from 'react';
import { createFlowMachine, type WizardActor } from '../flow/machine';
import type { Flow } from '../flow/types';
import { progressKey } from '../progress/keys';
import { restoreRecord, type RestoreProblem } from '../progress/record';
import type { SafeStorage } from '../progress/safe-storage';
import { isEmpty, recordFrom } from '../progress/save';

export interface SavedWizard {
  wizard: WizardActor;
  /** False once storage has refused us: progress lives in memory only. */
  saving: boolean;
  restoreProblem: RestoreProblem;
}

/** The wizard actor for a flow, restored from storage, saved on every change, kept in step with other tabs. */
export function useSavedWizard(flow: Flow, storage: SafeStorage): SavedWizard {
  const key = progressKey(flow.id);
  const [restored] = useState(() => restoreRecord(storage.read(key), flow));
  const [saving, setSaving] = useState(storage.available);
  // The notice about a damaged record stays until the person's next change is saved.
  const [restoreProblem, setRestoreProblem] = useState(restored.problem);
  const machine = useMemo(() => createFlowMachine(flow), [flow]);
  const wizard = useActorRef(machine, {
    input: {
      flow,
      answers: restored.record?.answers,
      answeredAt: restored.record?.answeredAt,
      ticks: restored.record?.ticks,
      notes: restored.record?.notes,
      mailArrivedAt: restored.record?.mailArrivedAt,
    },
  });

  useEffect(() => {
    let lastText = storage.read(key);
    const save = () => {
      const context = wizard.getSnapshot().context;
      if (isEmpty(context)) {
        if (lastText !== null) storage.remove(key);
        lastText = null;
        return;
      }
      const text = JSON.stringify(recordFrom(context));
      if (text === lastText) return;
      // Written at once: a tap on a tel: link may freeze or unload the page next.
      const saved = storage.write(key, text);
      setSaving(saved);
      if (saved) setRestoreProblem('none');
      lastText = text;
    };
    const subscription = wizard.subscribe(save);

    const onStorage = (event: StorageEvent) => {
      if (event.key !== null && event.key !== key) return;
      const text = storage.read(key);
      if (text === lastText) return;
      const other = restoreRecord(text, flow).record;
      if (!other) {
        // Cleared in another tab (start over, or everything deleted): follow it.
        lastText = null;
        wizard.send({ type: 'wizard.restart' });
        return;
      }
      lastText = text;
      wizard.send({
        type: 'progress.merge',
        answers: other.answers,
        answeredAt: other.answeredAt,
        ticks: other.ticks,
        notes: other.notes,
        mailArrivedAt: other.mailArrivedAt,
      });
    };
    window.addEventListener('storage', onStorage);
    return () => {
      subscription.unsubscribe();
      window.removeEventListener('storage', onStorage);
    };
  }, [wizard, storage, key, flow]);

  return { wizard, saving, restoreProblem };
}
