import { useActorRef } from '@xstate/react';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { createFlowMachine, type WizardActor } from '../flow/machine';
import type { Flow } from '../flow/types';
import { requestPersistence } from '../progress/persist';
import type { RestoreProblem } from '../progress/record';
import type { SafeStorage, StorageTrouble } from '../progress/safe-storage';
import { createProgressSync, type SaveResult } from '../progress/sync';

export interface SavedWizard {
  wizard: WizardActor;
  /** False while storage refuses us: progress lives in memory only. */
  saving: boolean;
  /** Why storage refused us ('full' or 'blocked'). */
  trouble: StorageTrouble;
  restoreProblem: RestoreProblem;
  /** A record from a newer version of the app is kept aside, untouched, until the person chooses. */
  keptNewer: boolean;
  dropKeptNewer: () => void;
}

/**
 * The wizard actor for a flow, restored from storage, saved on every change, kept in step with
 * other tabs. `clearedAt`: when the person last started over in this tab (older progress from
 * another tab loses against it).
 */
export function useSavedWizard(flow: Flow, storage: SafeStorage, clearedAt = ''): SavedWizard {
  const [sync] = useState(() => createProgressSync(flow, storage));
  const { restored } = sync;
  const [saving, setSaving] = useState(storage.available);
  const [trouble, setTrouble] = useState(storage.trouble);
  // The notice about a damaged record stays until the person's next change is saved.
  const [restoreProblem, setRestoreProblem] = useState(restored.problem);
  const [keptNewer, setKeptNewer] = useState(sync.keptNewer || restored.problem === 'newer');
  const machine = useMemo(() => createFlowMachine(flow), [flow]);
  const wizard = useActorRef(machine, {
    input: {
      flow,
      answers: restored.record?.answers,
      answeredAt: restored.record?.answeredAt,
      ticks: restored.record?.ticks,
      notes: restored.record?.notes,
      mailArrivedAt: restored.record?.mailArrivedAt,
      details: restored.record?.details,
      noteAt: restored.record?.noteAt,
      detailsAt: restored.record?.detailsAt,
      mailSetAt: restored.record?.mailSetAt,
      clearedAt: [clearedAt, restored.record?.clearedAt ?? ''].sort().at(-1),
    },
  });

  useEffect(() => {
    let askedToPersist = false;
    const settle = (result: SaveResult) => {
      setSaving(result.saved);
      setTrouble(storage.trouble);
      if (sync.keptNewer) setKeptNewer(true);
      if (result.saved) {
        setRestoreProblem((problem) => (problem === 'newer' ? problem : 'none'));
        if (!askedToPersist) {
          askedToPersist = true;
          void requestPersistence();
        }
      }
      // What another tab had stored was merged into the record: the screen follows.
      if (result.merge) wizard.send(result.merge);
    };
    // Written at once, on every change: a tap on a tel: link may freeze or unload the page next.
    const subscription = wizard.subscribe((snapshot) => settle(sync.save(snapshot.context)));
    const retry = () => settle(sync.retry(wizard.getSnapshot().context));

    const onStorage = (event: StorageEvent) => {
      const incoming = sync.receive(event.key, event.newValue);
      if (incoming.kind === 'restart') wizard.send({ type: 'wizard.restart' });
      else if (incoming.kind === 'merge') wizard.send(incoming.event);
      // A damaged value from another tab: dropped, and said as at load (after the save it caused).
      if ((incoming.kind === 'merge' || incoming.kind === 'none') && incoming.problem) {
        setRestoreProblem('partial');
      }
      if (incoming.kind === 'restart' || incoming.kind === 'merge') return;
      if (incoming.kind === 'newer') setKeptNewer(true);
      retry();
    };
    const onHide = () => {
      if (document.visibilityState === 'hidden') retry();
    };
    window.addEventListener('storage', onStorage);
    window.addEventListener('pagehide', retry);
    document.addEventListener('visibilitychange', onHide);
    return () => {
      subscription.unsubscribe();
      window.removeEventListener('storage', onStorage);
      window.removeEventListener('pagehide', retry);
      document.removeEventListener('visibilitychange', onHide);
    };
  }, [wizard, sync, storage]);

  const dropKeptNewer = useCallback(() => {
    if (sync.dropKeptNewer()) setKeptNewer(false);
  }, [sync]);

  return { wizard, saving, trouble, restoreProblem, keptNewer, dropKeptNewer };
}
