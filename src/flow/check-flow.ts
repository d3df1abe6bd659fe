import { Ajv, type ErrorObject } from 'ajv';
import entrySchema from '../../flows/schema/entry.schema.json';
import flowSchema from '../../flows/schema/flow.schema.json';
import hotlinesSchema from '../../flows/schema/hotlines.schema.json';
import lureSchema from '../../flows/schema/lure.schema.json';
import sourcesSchema from '../../flows/schema/sources.schema.json';
import { leaves, lureKeyOf } from '../i18n/lure-strings';
import { allAnswerPaths } from './enumerate';
import { pictureErrors } from './check-pictures';
import { handoffOf, isValidAnswer } from './path';
import { planFor, planSections, ruleSteps } from './plan';
import { RESERVED_STATES } from './states';
import { PHONE_NUMBER } from './tel';
import type { Lure } from './lures';
import type { Condition, Flow, Hotline, Source } from './types';
import { SECTIONS } from './types';

/** One problem in a data file: where it is and how to fix it. */
export interface FlowError {
  file: string;
  path: string;
  message: string;
  fix: string;
}

/** Locale files: language → namespace → nested keys. */
export type Locales = Record<string, Record<string, unknown>>;

/**
 * The lures a flow is joined with (flows/lures/) and their locale files: language → lure id →
 * nested keys (src/i18n/locales/<lng>/lures/<id>.json, src/i18n/lure-strings.ts).
 */
export interface LureTexts {
  lures: Lure[];
  locales: Locales;
}

export interface Catalog {
  hotlines: Record<string, Hotline>;
  sources: Record<string, Source>;
}

const ajv = new Ajv({ allErrors: true });
ajv.addSchema(flowSchema);
const validators = {
  entry: ajv.compile(entrySchema),
  flow: ajv.getSchema('flow.schema.json') ?? ajv.compile(flowSchema),
  lure: ajv.compile(lureSchema),
  hotlines: ajv.compile(hotlinesSchema),
  sources: ajv.compile(sourcesSchema),
};

function schemaErrors(file: string, errors: ErrorObject[] | null | undefined): FlowError[] {
  return (errors ?? [])
    .filter((e) => e.keyword !== 'if')
    .map((e) => {
      const path = e.instancePath || '/';
      const p = e.params as Record<string, unknown>;
      switch (e.keyword) {
        case 'required':
          return {
            file,
            path,
            message: `missing field "${String(p.missingProperty)}"`,
            fix: `add "${String(p.missingProperty)}" at ${path}`,
          };
        case 'additionalProperties':
          return {
            file,
            path,
            message: `unexpected field "${String(p.additionalProperty)}"`,
            fix: `remove "${String(p.additionalProperty)}" (data files hold ids and structure; prose goes in the locale files)`,
          };
        case 'enum':
          return {
            file,
            path,
            message: `${e.message ?? 'not an allowed value'}`,
            fix: `use one of ${JSON.stringify(p.allowedValues)}`,
          };
        case 'pattern':
          return {
            file,
            path,
            message: `"${path}" does not match ${String(p.pattern)}`,
            fix: 'use lowercase letters, digits and single hyphens for ids, YYYY-MM for dates, https:// for addresses',
          };
        default:
          return {
            file,
            path,
            message: e.message ?? e.keyword,
            fix: `correct the value at ${path} (see flows/schema/)`,
          };
      }
    });
}

function lookup(tree: unknown, key: string): unknown {
  return key.split('.').reduce<unknown>((node, part) => {
    if (node && typeof node === 'object' && Object.hasOwn(node, part)) {
      return (node as Record<string, unknown>)[part];
    }
    return undefined;
  }, tree);
}

/** Every locale key a flow's screens read, by namespace. */
export function flowKeys(flow: Flow): string[] {
  const keys = ['title'];
  for (const [id, q] of Object.entries(flow.questions)) {
    keys.push(`questions.${id}.title`, `questions.${id}.hint`);
    const answers = q.kind === 'multi' ? q.options : Object.keys(q.answers);
    for (const a of answers) keys.push(`answers.${id}.${a}`);
  }
  for (const [id, step] of Object.entries(flow.steps)) {
    keys.push(`steps.${id}.title`, `steps.${id}.why`, `steps.${id}.how`);
    if (step.mailto) keys.push(`steps.${id}.mailSubject`, `steps.${id}.mailBody`);
    // The big line on a card ("call the number on the back of the card"), the call's request, the offer's button.
    if ((step.kind ?? 'action') === 'action') keys.push(`steps.${id}.action`);
    if (step.script) keys.push(`steps.${id}.request`);
    if (step.opens) keys.push(`steps.${id}.offer`);
    if (step.kind === 'check') keys.push(`steps.${id}.done`);
  }
  // A flow with call scripts has a sentence for every answer a script can meet.
  if (Object.values(flow.steps).some((step) => step.script)) {
    keys.push('script.intro');
    for (const [id, q] of Object.entries(flow.questions)) {
      if (q.kind === 'multi') keys.push(`script.lists.${id}`);
      else
        for (const [a, target] of Object.entries(q.answers))
          if (!target.flow) keys.push(`script.answers.${id}.${a}`);
    }
  }
  return keys;
}

function catalogKeys(catalog: Catalog): string[] {
  // A line that can be closed says what can be done meanwhile.
  const canClose = Object.entries(catalog.hotlines).filter(
    ([, h]) =>
      !h.hours.always &&
      Boolean(h.hours.weekday ?? h.hours.saturday ?? h.hours.sunday ?? h.hours.holiday),
  );
  return [
    ...canClose.map(([id]) => `hotlines.${id}.whenClosed`),
    ...Object.entries(catalog.hotlines)
      .filter(([, h]) => h.brief)
      .map(([id]) => `hotlines.${id}.brief`),
    ...Object.keys(catalog.hotlines).flatMap((id) => [
      `hotlines.${id}.name`,
      `hotlines.${id}.hours`,
    ]),
    ...Object.keys(catalog.sources).map((id) => `sources.${id}.name`),
  ];
}

function missingKeys(locales: Locales, ns: string, keys: string[]): FlowError[] {
  const errors: FlowError[] = [];
  for (const [lng, namespaces] of Object.entries(locales)) {
    const file = `src/i18n/locales/${lng}/${ns}.json`;
    if (namespaces[ns] === undefined) {
      errors.push({
        file,
        path: '/',
        message: 'locale file missing',
        fix: `create ${file} with the keys of src/i18n/locales/ja/${ns}.json`,
      });
      continue;
    }
    for (const key of keys) {
      const value = lookup(namespaces[ns], key);
      if (typeof value !== 'string' || value.trim() === '') {
        errors.push({
          file,
          path: key,
          message: `missing translation "${key}"`,
          fix: `add "${key}" to ${file}`,
        });
      }
    }
  }
  return errors;
}

const lureFile = (lng: string, id: string) => `src/i18n/locales/${lng}/lures/${id}.json`;
const isText = (value: unknown) => typeof value === 'string' && value.trim() !== '';

/**
 * The translations a flow's screens read, each looked for in the file that holds it: the flow's
 * own (src/i18n/locales/<lng>/<flow>.json), or, for a lure's answer, script sentence and steps,
 * that lure's (src/i18n/locales/<lng>/lures/<id>.json). A lure's file has, in every language,
 * exactly the keys of its Japanese one, and Japanese exactly those the data needs; every lure has
 * a file in every language, and every lure file a lure.
 */
function translationErrors(flow: Flow, locales: Locales, texts: LureTexts): FlowError[] {
  const keys = flowKeys(flow);
  const question = flow.lures;
  if (question === undefined) return missingKeys(locales, flow.id, keys);
  const owned = keys.map((key) => ({ key, owner: lureKeyOf(question, texts.lures, key) }));
  const errors = missingKeys(
    locales,
    flow.id,
    owned.filter(({ owner }) => !owner).map(({ key }) => key),
  );
  const languages = Object.keys(locales);
  for (const lure of texts.lures) {
    const needed = [
      ...owned.flatMap(({ owner }) => (owner?.lure === lure.id ? [owner.key] : [])),
      ...Object.entries(lure.labels ?? {}).flatMap(([q, answers]) =>
        answers.map((answer) => `answers.${q}.${answer}`),
      ),
    ];
    const japanese = Object.keys(leaves(texts.locales.ja?.[lure.id] ?? {}));
    for (const lng of languages) {
      const file = lureFile(lng, lure.id);
      const strings = texts.locales[lng]?.[lure.id];
      if (strings === undefined) {
        errors.push({
          file,
          path: '/',
          message: `locale file missing for the lure flows/lures/${lure.id}.json`,
          fix:
            lng === 'ja'
              ? `create ${file} with ${needed.map((k) => `"${k}"`).join(', ')}`
              : `create ${file} with the keys of ${lureFile('ja', lure.id)}`,
        });
        continue;
      }
      const expected = lng === 'ja' ? needed : [...new Set([...needed, ...japanese])];
      const found = leaves(strings);
      for (const key of expected) {
        if (isText(found[key])) continue;
        errors.push({
          file,
          path: key,
          message: `missing translation "${key}"`,
          fix: `add "${key}" to ${file}`,
        });
      }
      for (const key of Object.keys(found).filter((k) => !expected.includes(k))) {
        errors.push({
          file,
          path: key || '/',
          message: `unexpected key "${key}"`,
          fix:
            lng === 'ja'
              ? `remove "${key}" from ${file}: flows/lures/${lure.id}.json has no text of that name (a lure file holds "answer", "script", "steps.<its step>.<text>" and "answers.<question>.<answer>" for each of its "labels")`
              : `remove "${key}" from ${file}, or add it to ${lureFile('ja', lure.id)} first`,
        });
      }
    }
  }
  for (const [lng, files] of Object.entries(texts.locales)) {
    for (const id of Object.keys(files).filter((id) => !texts.lures.some((l) => l.id === id))) {
      errors.push({
        file: lureFile(lng, id),
        path: '/',
        message: `no lure flows/lures/${id}.json for this locale file`,
        fix: `add flows/lures/${id}.json, or remove ${lureFile(lng, id)}`,
      });
    }
  }
  return errors;
}

/** Checks the hotline and source catalogs, and that every language names them. */
export function checkCatalog(
  hotlinesJson: unknown,
  sourcesJson: unknown,
  locales: Locales,
): FlowError[] {
  const hFile = 'flows/catalog/hotlines.json';
  const sFile = 'flows/catalog/sources.json';
  if (!validators.hotlines(hotlinesJson)) return schemaErrors(hFile, validators.hotlines.errors);
  if (!validators.sources(sourcesJson)) return schemaErrors(sFile, validators.sources.errors);
  const catalog = {
    hotlines: (hotlinesJson as { hotlines: Catalog['hotlines'] }).hotlines,
    sources: (sourcesJson as { sources: Catalog['sources'] }).sources,
  };
  const errors: FlowError[] = [];
  for (const [id, h] of Object.entries(catalog.hotlines)) {
    if (!PHONE_NUMBER.test(h.number)) {
      errors.push({
        file: hFile,
        path: `/hotlines/${id}/number`,
        message: `malformed phone number "${h.number}"`,
        fix: 'write it as dialled in Japan: 188, #9110 or 0120-95-0178 (digits and hyphens, no spaces or country code)',
      });
    }
    h.sources.forEach((s, i) => {
      if (!catalog.sources[s]) {
        errors.push({
          file: hFile,
          path: `/hotlines/${id}/sources/${i}`,
          message: `unknown source "${s}"`,
          fix: `add "${s}" to ${sFile} or correct the id`,
        });
      }
    });
  }
  return [...errors, ...missingKeys(locales, 'catalog', catalogKeys(catalog))];
}

function conditionErrors(
  flow: Flow,
  file: string,
  path: string,
  c: Condition | undefined,
): FlowError[] {
  if (!c) return [];
  if ('any' in c)
    return c.any.flatMap((x, i) => conditionErrors(flow, file, `${path}/any/${i}`, x));
  if ('all' in c)
    return c.all.flatMap((x, i) => conditionErrors(flow, file, `${path}/all/${i}`, x));
  if ('not' in c) return conditionErrors(flow, file, `${path}/not`, c.not);
  const [op, [question, answer]] = 'is' in c ? ['is', c.is] : ['has', c.has];
  const q = flow.questions[question];
  if (!q) {
    return [
      {
        file,
        path: `${path}/${op}/0`,
        message: `unknown question "${question}"`,
        fix: `use one of ${JSON.stringify(Object.keys(flow.questions))}`,
      },
    ];
  }
  if (op === 'is' && q.kind === 'multi') {
    return [
      {
        file,
        path: `${path}/is`,
        message: `"${question}" is a multi question`,
        fix: `write {"has": ["${question}", "${answer}"]}`,
      },
    ];
  }
  if (op === 'has' && q.kind !== 'multi') {
    return [
      {
        file,
        path: `${path}/has`,
        message: `"${question}" is not a multi question`,
        fix: `write {"is": ["${question}", "${answer}"]}`,
      },
    ];
  }
  const allowed = q.kind === 'multi' ? q.options : Object.keys(q.answers);
  if (!allowed.includes(answer)) {
    return [
      {
        file,
        path: `${path}/${op}/1`,
        message: `"${answer}" is not an answer of "${question}"`,
        fix: `use one of ${JSON.stringify(allowed)}`,
      },
    ];
  }
  return [];
}

function targets(flow: Flow, id: string): Array<[path: string, next: string | undefined]> {
  const q = flow.questions[id];
  if (!q) return [];
  if (q.kind === 'multi') return [[`/questions/${id}/next`, q.next]];
  return Object.entries(q.answers).map(([a, v]) => [`/questions/${id}/answers/${a}/next`, v.next]);
}

function structureErrors(flow: Flow, file: string): FlowError[] {
  const errors: FlowError[] = [];
  const ids = Object.keys(flow.questions);
  if (!flow.questions[flow.start]) {
    errors.push({
      file,
      path: '/start',
      message: `start question "${flow.start}" does not exist`,
      fix: `use one of ${JSON.stringify(ids)}`,
    });
  }
  for (const name of RESERVED_STATES) {
    if (Object.hasOwn(flow.questions, name)) {
      errors.push({
        file,
        path: `/questions/${name}`,
        message: `a question may not be called "${name}" (the app uses that name for a screen of its own)`,
        fix: `rename it; reserved names: ${RESERVED_STATES.join(', ')}`,
      });
    }
  }
  for (const [id, q] of Object.entries(flow.questions)) {
    if (q.kind === 'yesno' && Object.keys(q.answers).sort().join() !== 'no,yes') {
      errors.push({
        file,
        path: `/questions/${id}/answers`,
        message: 'a yesno question must have exactly the answers "yes" and "no"',
        fix: 'use "single" for other answers',
      });
    }
    for (const [path, next] of targets(flow, id)) {
      if (next !== undefined && !flow.questions[next]) {
        errors.push({
          file,
          path,
          message: `unknown target "${next}"`,
          fix: `point to one of ${JSON.stringify(ids)}, or remove "next" to go to the plan`,
        });
      }
    }
  }
  if (errors.length) return errors;

  // Reachability and cycles by depth-first search from the start.
  const reached = new Set<string>();
  const onStack: string[] = [];
  const visit = (id: string) => {
    if (onStack.includes(id)) {
      errors.push({
        file,
        path: `/questions/${id}`,
        message: `cycle: ${[...onStack.slice(onStack.indexOf(id)), id].join(' → ')}`,
        fix: 'make every answer lead forward, towards the plan',
      });
      return;
    }
    if (reached.has(id)) return;
    reached.add(id);
    onStack.push(id);
    for (const [, next] of targets(flow, id)) if (next) visit(next);
    onStack.pop();
  };
  visit(flow.start);
  for (const id of ids) {
    if (!reached.has(id)) {
      errors.push({
        file,
        path: `/questions/${id}`,
        message: `question "${id}" cannot be reached from "${flow.start}"`,
        fix: `point an answer's "next" to "${id}", or remove it`,
      });
    }
  }
  return errors;
}

function stepErrors(flow: Flow, file: string, catalog: Catalog): FlowError[] {
  const errors: FlowError[] = [];
  for (const [id, step] of Object.entries(flow.steps)) {
    errors.push(...conditionErrors(flow, file, `/steps/${id}/when`, step.when));
    step.hotlines?.forEach((h, i) => {
      if (!catalog.hotlines[h])
        errors.push({
          file,
          path: `/steps/${id}/hotlines/${i}`,
          message: `unknown hotline "${h}"`,
          fix: `use one of ${JSON.stringify(Object.keys(catalog.hotlines))} or add it to flows/catalog/hotlines.json`,
        });
    });
    step.sources?.forEach((s, i) => {
      if (!catalog.sources[s])
        errors.push({
          file,
          path: `/steps/${id}/sources/${i}`,
          message: `unknown source "${s}"`,
          fix: `add "${s}" to flows/catalog/sources.json with its address and the month it was checked`,
        });
    });
    if (!flow.order.some((o) => ruleSteps(o).includes(id))) {
      errors.push({
        file,
        path: `/steps/${id}`,
        message: `step "${id}" appears in no order`,
        fix: `add "${id}" to "now", "today" or "later" of an entry in /order, or remove it`,
      });
    }
  }
  flow.order.forEach((rule, r) => {
    errors.push(...conditionErrors(flow, file, `/order/${r}/when`, rule.when));
    const all = ruleSteps(rule);
    for (const section of SECTIONS) {
      rule[section].forEach((s, i) => {
        const path = `/order/${r}/${section}/${i}`;
        if (!flow.steps[s])
          errors.push({
            file,
            path,
            message: `unknown step "${s}"`,
            fix: `use one of ${JSON.stringify(Object.keys(flow.steps))}`,
          });
        else if (flow.steps[s].kind === 'check' && section !== 'now')
          errors.push({
            file,
            path,
            message: `step "${s}" is a one-line check, which shows at the top of the plan`,
            fix: 'list it under "now"',
          });
        if (all.indexOf(s) !== all.lastIndexOf(s))
          errors.push({
            file,
            path,
            message: `step "${s}" is listed twice in this entry`,
            fix: 'keep it once, where it belongs in the order',
          });
      });
    }
  });
  return errors;
}

function planErrors(flow: Flow, file: string): FlowError[] {
  for (const answers of allAnswerPaths(flow)) {
    if (planFor(flow, answers).length === 0) {
      return [
        {
          file,
          path: '/order',
          message: `the answers ${JSON.stringify(answers)} lead to an empty plan`,
          fix: 'add an order entry without "when" at the end, or loosen the steps\' conditions',
        },
      ];
    }
    if (planSections(flow, answers).now.length === 0) {
      return [
        {
          file,
          path: '/order',
          message: `the answers ${JSON.stringify(answers)} give no "now" card: the plan would not say what to do first`,
          fix: 'add a step that applies to these answers to "now" of the entry that holds for them',
        },
      ];
    }
  }
  return [];
}

/** Answers that continue in another flow must name a flow that exists, and answers it has. */
function handoffErrors(flow: Flow, file: string, otherFlows: Record<string, Flow>): FlowError[] {
  const errors: FlowError[] = [];
  for (const [id, q] of Object.entries(flow.questions)) {
    if (q.kind === 'multi') continue;
    for (const [a, target] of Object.entries(q.answers)) {
      const path = `/questions/${id}/answers/${a}`;
      if (target.flow === undefined) {
        if (target.set)
          errors.push({
            file,
            path: `${path}/set`,
            message: '"set" without "flow"',
            fix: 'add the "flow" these answers belong to, or remove "set"',
          });
        continue;
      }
      if (target.next !== undefined) {
        errors.push({
          file,
          path,
          message: 'an answer has both "next" and "flow"',
          fix: 'keep one: "next" for a question of this flow, "flow" to continue in another',
        });
      }
      errors.push(
        ...targetFlowErrors(
          file,
          path,
          flow.id,
          { flow: target.flow, set: target.set },
          otherFlows,
        ),
      );
    }
  }
  for (const [id, step] of Object.entries(flow.steps)) {
    if (step.opens)
      errors.push(...targetFlowErrors(file, `/steps/${id}/opens`, flow.id, step.opens, otherFlows));
  }
  return errors;
}

/** Another flow to continue in must exist, and the answers it is given must be its own. */
function targetFlowErrors(
  file: string,
  path: string,
  from: string,
  target: { flow: string; set?: Record<string, string>; ask?: string },
  otherFlows: Record<string, Flow>,
): FlowError[] {
  const other = otherFlows[target.flow];
  if (!other || target.flow === from) {
    return [
      {
        file,
        path: `${path}/flow`,
        message: `unknown flow "${target.flow}"`,
        fix: `use one of ${JSON.stringify(Object.keys(otherFlows).filter((f) => f !== from))}`,
      },
    ];
  }
  const ask =
    target.ask === undefined || Object.hasOwn(other.questions, target.ask)
      ? []
      : [
          {
            file,
            path: `${path}/ask`,
            message: `"${target.ask}" is not a question of flow "${other.id}"`,
            fix: `use one of ${JSON.stringify(Object.keys(other.questions))}`,
          },
        ];
  return Object.entries(target.set ?? {})
    .filter(
      ([question, answer]) =>
        !isValidAnswer(other, question, answer) || handoffOf(other, question, answer),
    )
    .map(([question, answer]) => ({
      file,
      path: `${path}/set/${question}`,
      message: `"${question}": "${answer}" is not an answer of flow "${other.id}"`,
      fix: `use a question of flows/${other.id}.json and one of its answers that does not itself lead to another flow`,
    }))
    .concat(ask);
}

/** Checks one flow file: schema, targets, reachability, cycles, conditions, handoffs, plans, translations. */
export function checkFlow(
  file: string,
  json: unknown,
  catalog: Catalog,
  locales: Locales,
  otherFlows: Record<string, Flow> = {},
  lures: LureTexts = { lures: [], locales: {} },
): FlowError[] {
  if (!validators.flow(json)) return schemaErrors(file, validators.flow.errors);
  // The schema has just proved the shape.
  const flow = json as unknown as Flow;
  const errors = structureErrors(flow, file);
  if (errors.length) return errors;
  errors.push(...stepErrors(flow, file, catalog), ...handoffErrors(flow, file, otherFlows));
  errors.push(...pictureErrors(flow, file));
  if (errors.length) return errors;
  errors.push(...planErrors(flow, file));
  errors.push(...translationErrors(flow, locales, lures));
  return errors;
}

/**
 * Checks one lure file against the flow it joins (its steps' own checks, keys and sources come
 * with the flow's, once joined): its schema, ids no other step or lure has, a place in the
 * plan for each of its steps, and answers of the flow's questions for its labels.
 */
export function checkLure(file: string, json: unknown, flow: Flow, others: Lure[]): FlowError[] {
  if (!validators.lure(json)) return schemaErrors(file, validators.lure.errors);
  const lure = json as unknown as Lure;
  const errors: FlowError[] = [];
  const name = file.replace(/^.*\//, '').replace(/\.json$/, '');
  if (lure.id !== name) {
    errors.push({
      file,
      path: '/id',
      message: `id "${lure.id}" differs from the file name`,
      fix: `rename the file to ${lure.id}.json or set "id" to "${name}"`,
    });
  }
  const answers = flow.lures ? flow.questions[flow.lures] : undefined;
  if (!answers || answers.kind === 'multi') {
    errors.push({
      file,
      path: '/',
      message: `flow "${flow.id}" has no question for lures`,
      fix: `name its "who was it?" question in "lures" of flows/${flow.id}.json`,
    });
  } else if (Object.hasOwn(answers.answers, lure.id)) {
    errors.push({
      file,
      path: '/id',
      message: `"${lure.id}" is already an answer of "${flow.lures}" in flows/${flow.id}.json`,
      fix: 'give the lure an id of its own',
    });
  }
  for (const other of others) {
    if (other !== lure && other.id === lure.id) {
      errors.push({
        file,
        path: '/id',
        message: `another lure has the id "${lure.id}"`,
        fix: 'give each lure file its own id',
      });
    }
  }
  for (const [question, relabelled] of Object.entries(lure.labels ?? {})) {
    const asked = flow.questions[question];
    const own = asked?.kind === 'multi' ? asked.options : Object.keys(asked?.answers ?? {});
    if (!asked || question === flow.lures) {
      errors.push({
        file,
        path: `/labels/${question}`,
        message: `"${question}" is no question of flows/${flow.id}.json whose answers a lure can name`,
        fix: `use one of ${JSON.stringify(Object.keys(flow.questions).filter((q) => q !== flow.lures))}`,
      });
      continue;
    }
    for (const answer of relabelled.filter((a) => !own.includes(a))) {
      errors.push({
        file,
        path: `/labels/${question}`,
        message: `"${answer}" is no answer of "${question}" in flows/${flow.id}.json`,
        fix: `use one of ${JSON.stringify(own)}`,
      });
    }
  }
  const placed = [lure.place.now, lure.place.today, lure.place.later].flatMap((ids) => ids ?? []);
  for (const id of Object.keys(lure.steps)) {
    const taken =
      Object.hasOwn(flow.steps, id) || others.some((o) => o !== lure && Object.hasOwn(o.steps, id));
    if (taken) {
      errors.push({
        file,
        path: `/steps/${id}`,
        message: `step "${id}" already exists in flows/${flow.id}.json or another lure`,
        fix: `rename the step, e.g. "${id}-${lure.id}"`,
      });
    }
    if (!placed.includes(id)) {
      errors.push({
        file,
        path: `/steps/${id}`,
        message: `step "${id}" has no place in the plan`,
        fix: `list "${id}" in "place": { "now" | "today" | "later": [...] }`,
      });
    }
  }
  for (const id of placed) {
    if (!Object.hasOwn(lure.steps, id)) {
      errors.push({
        file,
        path: '/place',
        message: `"${id}" is placed but is no step of this lure`,
        fix: `add "${id}" to "steps", or remove it from "place"`,
      });
    }
  }
  return errors;
}

/** The file that names the flow the app opens with. */
export const ENTRY_FILE = 'flows/catalog/entry.json';

/** The flows one flow can lead to: its answers' "flow" and its steps' "opens". */
function flowsOpenedBy(flow: Flow): string[] {
  const fromAnswers = Object.values(flow.questions).flatMap((q) =>
    q.kind === 'multi' ? [] : Object.values(q.answers).flatMap((a) => (a.flow ? [a.flow] : [])),
  );
  const fromSteps = Object.values(flow.steps).flatMap((step) =>
    step.opens ? [step.opens.flow] : [],
  );
  return [...fromAnswers, ...fromSteps];
}

/**
 * Checks the entry (flows/catalog/entry.json): it names a flow of flows/, and every flow can be
 * reached from it, through answers that continue in another flow and steps that offer one.
 * `flows` are the flow files by id, each already accepted by checkFlow.
 */
export function checkEntry(json: unknown, flows: Record<string, Flow>): FlowError[] {
  const file = ENTRY_FILE;
  if (!validators.entry(json)) return schemaErrors(file, validators.entry.errors);
  const { entry } = json as { entry: string };
  if (!Object.hasOwn(flows, entry)) {
    return [
      {
        file,
        path: '/entry',
        message: `the entry "${entry}" names no flow`,
        fix: `use the id of a flow in flows/: one of ${JSON.stringify(Object.keys(flows))}`,
      },
    ];
  }
  const reached = new Set<string>();
  const visit = (id: string) => {
    const flow = flows[id];
    if (!flow || reached.has(id)) return;
    reached.add(id);
    for (const next of flowsOpenedBy(flow)) visit(next);
  };
  visit(entry);
  return Object.keys(flows)
    .filter((id) => !reached.has(id))
    .map((id) => ({
      file: `flows/${id}.json`,
      path: '/id',
      message: `flow "${id}" cannot be reached from the entry flow "${entry}" (${file})`,
      fix: `let an answer ("flow": "${id}") or a step ("opens": {"flow": "${id}"}) of a flow that is reached continue in it, or remove flows/${id}.json`,
    }));
}

export function formatError(e: FlowError): string {
  return `${e.file} ${e.path}: ${e.message}. Fix: ${e.fix}.`;
}
