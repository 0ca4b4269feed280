// `make dist`: checks the staged bundle against the server's manifest rules, then packs it as the
// server expects: a .tar.gz with exactly one top-level directory named for the plugin id.
import {execFileSync} from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

import {Manifest, manifestProblems} from './manifest_rules';

/** The bundle's file name, as `make dist` writes it and `make deploy` uploads it. */
export function tarballName(manifest: {id: string; version: string}): string {
    return `${manifest.id}-${manifest.version}.tar.gz`;
}

export function packageBundle(stageDir: string, outDir: string): string {
    const raw: unknown = JSON.parse(fs.readFileSync(path.join(stageDir, 'plugin.json'), 'utf8'));
    const problems = manifestProblems(raw, stageDir);
    if (problems.length > 0) {
        throw new Error(`plugin.json is not valid:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    }
    const manifest = Manifest.parse(raw);
    if (path.basename(stageDir) !== manifest.id) {
        throw new Error(`the staged directory must be named ${manifest.id}, not ${path.basename(stageDir)}`);
    }
    const tarball = path.join(outDir, tarballName(manifest));
    execFileSync('tar', ['-C', path.dirname(stageDir), '-czf', tarball, manifest.id]);
    return tarball;
}

if (require.main === module) {
    try {
        console.log(`Built ${packageBundle(path.resolve(process.argv[2] ?? 'dist/plugin-onboard'), path.resolve(process.argv[3] ?? 'dist'))}`);
    } catch (error) {
        console.error(`make dist: ${error instanceof Error ? error.message : String(error)}`);
        process.exit(1);
    }
}
