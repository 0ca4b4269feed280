// Parts of the command few people use load on first use. Their download can fail like any request:
// the reply then says what could not be fetched and what to do, never an internal error.
import {failure, type CommandOutcome} from './context';
import {escapeMarkdown} from './markdown';
import {words} from './words';

export async function withPart<T>(what: string, load: () => Promise<T>, run: (part: T) => Promise<CommandOutcome>): Promise<CommandOutcome> {
    let part: T;
    try {
        part = await load();
    } catch (error) {
        const detail = error instanceof Error ? error.message : String(error);
        return failure(words.partNotDownloaded(what, escapeMarkdown(detail)));
    }
    return run(part);
}
