// How fast the slash-command parser reads what people type. Input: every example line of the
// grammar table (the commands help shows), plus a few misspelt ones, whose nearest-key hints are
// the expensive path.
import {GRAMMAR} from '../webapp/src/command/grammar';
import {parse} from '../webapp/src/command/parse';

import {measured, type Figure, type FigureGroup, type FigureSpec} from './figure';
import {medianMsSync} from './stats';

export const parseSpec: FigureSpec = {key: 'command_parses_per_s', label: 'slash-command parses per second', unit: 'parses/s', budget: null};

const MISTYPED = ['signof github basic-review', 'check github basic-reveiw.introduction', 'deploy github comunity', 'add'];

export const commandParseGroup: FigureGroup = {
    name: 'command parse',
    specs: [parseSpec],
    measure(): Promise<Figure[]> {
        const lines = [...GRAMMAR.flatMap((spec) => spec.examples), ...MISTYPED];
        const parsedOk = lines.filter((line) => parse(line).kind !== 'parse-error').length;
        if (parsedOk < lines.length - MISTYPED.length) {
            throw new Error(`the grammar's own examples do not parse (${parsedOk} of ${lines.length - MISTYPED.length})`);
        }
        const rounds = 200;
        const {ms} = medianMsSync({warmup: 5, runs: 15}, () => {
            for (let r = 0; r < rounds; r++) {
                for (const line of lines) {
                    parse(line);
                }
            }
        });
        const perSecond = Math.round((rounds * lines.length) / (ms / 1000));
        return Promise.resolve([measured(parseSpec, perSecond, `${lines.length} lines (${GRAMMAR.length} commands' examples + ${MISTYPED.length} misspelt), median of 15 runs of ${rounds * lines.length} parses`)]);
    },
};
