// Loads each chunk once, on first use (opening the panel, a card scrolling into view, the command,
// the System Console page). A failed load is forgotten so the next use retries it: webpack also
// forgets a failed chunk, so a retry really goes back to the network.
import type {AdminChunk, AppDeps, CardsChunk, ChunkImports, ChunkModule, CommandChunk, LiveSync, RhsChunk} from './app_types';

export interface ChunkLoader<C> {
    load(): Promise<C>;
}

export interface AppLoader {
    rhs: ChunkLoader<RhsChunk>;
    cards: ChunkLoader<CardsChunk>;
    admin: ChunkLoader<AdminChunk>;
    command: ChunkLoader<CommandChunk>;
    /** Live sync, once any chunk has loaded; events before first use need no work. */
    live(): LiveSync | null;
}

export function createAppLoader(makeDeps: () => AppDeps, imports: ChunkImports): AppLoader {
    // Every chunk created so far: a chunk's live sync may come later than the chunk (the command's
    // comes with its first command that reads the tracker), so it is asked when an event arrives.
    const created: {readonly live: LiveSync | null}[] = [];
    // One deps object for every chunk: the core (one session, one live sync) is kept per deps, so
    // the panel, the cards and the command must hand it the same one or each would get its own.
    let deps: AppDeps | null = null;
    const sharedDeps = (): AppDeps => {
        deps ??= makeDeps();
        return deps;
    };
    function chunk<C extends {readonly live: LiveSync | null}>(importChunk: () => Promise<ChunkModule<C>>): ChunkLoader<C> {
        let pending: Promise<C> | null = null;
        return {
            load() {
                if (!pending) {
                    pending = importChunk().then((module) => {
                        const made = module.create(sharedDeps());
                        created.push(made);
                        return made;
                    }, (error: unknown) => {
                        pending = null;
                        throw error;
                    });
                }
                return pending;
            },
        };
    }
    return {
        rhs: chunk(imports.rhs),
        cards: chunk(imports.cards),
        admin: chunk(imports.admin),
        command: chunk(imports.command),
        // They share one core, so any chunk's live sync is the live sync.
        live: () => created.find((made) => made.live !== null)?.live ?? null,
    };
}
