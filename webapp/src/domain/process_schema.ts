// The process definition checked as data: keys unique, every stage's items defined in that stage,
// slots held by known roles. process.test.ts runs it over STAGES and ITEMS.
import {z} from 'zod/mini';

import {PATTERNS} from './events';
import {ITEM_KEYS, ROLE_KEYS, SLOT_KEYS, STAGE_KEYS} from './process_types';

const KEY = z.string().check(z.regex(PATTERNS.key));
const ACTOR = z.enum(['author', ...ROLE_KEYS]);

function unique<T>(keyOf: (value: T) => string) {
    return (values: readonly T[]) => new Set(values.map(keyOf)).size === values.length;
}

const SubStepDef = z.object({key: KEY, formerKeys: z.optional(z.array(KEY)), label: z.string().check(z.minLength(1)), checkedBy: ACTOR, condition: z.optional(z.enum(['third-party-service', 'mattermost-owned']))});
const SlotDef = z.object({key: z.enum(SLOT_KEYS), label: z.string().check(z.minLength(1)), role: z.enum(ROLE_KEYS)});
const EvidenceDef = z.object({key: KEY, label: z.string().check(z.minLength(1)), kind: z.enum(['url', 'text', 'spdx']), required: z.boolean(), providedBy: ACTOR, records: z.optional(KEY)});

const ItemDef = z.object({
    key: z.enum(ITEM_KEYS),
    stage: z.enum(STAGE_KEYS),
    label: z.string().check(z.minLength(1)),
    definition: z.string().check(z.minLength(1)),
    summary: z.string().check(z.minLength(1)),
    slots: z.array(SlotDef).check(z.minLength(1), z.refine(unique((slot: {key: string}) => slot.key), 'slot keys must be unique within an item')),
    substeps: z.array(SubStepDef).check(z.refine(unique((substep: {key: string}) => substep.key), 'sub-step keys must be unique within an item')),
    evidence: z.array(EvidenceDef).check(z.refine(unique((evidence: {key: string}) => evidence.key), 'evidence keys must be unique within an item')),
    pinnedToRelease: z.boolean(),
    ownersMaySignOff: z.boolean(),
    needsRelease: z.boolean(),
    testedOn: z.optional(z.enum(STAGE_KEYS)),
});

const StageDef = z.object({
    key: z.enum(STAGE_KEYS),
    label: z.string().check(z.minLength(1)),
    environment: z.object({name: z.string().check(z.minLength(1)), defaultUrl: z.url(), builds: z.enum(['master', 'releases', 'release to deploy'])}),
    items: z.array(z.enum(ITEM_KEYS)).check(z.minLength(1)),
    deployedBy: z.enum(ROLE_KEYS),
});

export const ProcessDefinition = z.object({
    stages: z.array(StageDef).check(z.refine(unique((stage: {key: string}) => stage.key), 'stage keys must be unique')),
    items: z.array(ItemDef).check(z.refine(unique((item: {key: string}) => item.key), 'item keys must be unique')),
}).check(z.refine((process) => {
    const order = process.stages.map((stage) => stage.key);
    const listed = process.stages.flatMap((stage) => stage.items.map((item) => ({item, stage: stage.key})));
    const everyListedIsDefinedInItsStage = listed.every(({item, stage}) => process.items.some((def) => def.key === item && def.stage === stage));
    const everyDefinedIsListedOnce = process.items.every((def) => listed.filter(({item}) => item === def.key).length === 1);
    const stagesInOrder = STAGE_KEYS.every((key, index) => order[index] === key) && order.length === STAGE_KEYS.length;
    const allItems = ITEM_KEYS.every((key) => process.items.some((def) => def.key === key));
    return everyListedIsDefinedInItsStage && everyDefinedIsListedOnce && stagesInOrder && allItems;
}, 'every stage item must be defined in that stage, listed once, stages in process order, every item key defined'));
