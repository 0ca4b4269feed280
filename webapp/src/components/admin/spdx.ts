// A small, bundled list of the SPDX ids open source plugins actually use. It is deliberately not
// the full SPDX list (600+ ids): the admin page is the only place that needs it, and an admin who
// needs a rarer licence can still find it here if we extend the list — typos are the real risk.
const KNOWN_SPDX_IDS: readonly string[] = [
    '0BSD', 'AFL-3.0', 'AGPL-3.0-only', 'AGPL-3.0-or-later', 'Apache-1.1', 'Apache-2.0',
    'Artistic-2.0', 'BlueOak-1.0.0', 'BSD-1-Clause', 'BSD-2-Clause', 'BSD-2-Clause-Patent',
    'BSD-3-Clause', 'BSD-3-Clause-Clear', 'BSD-4-Clause', 'BSL-1.0', 'CC0-1.0', 'CC-BY-4.0',
    'CC-BY-SA-4.0', 'CDDL-1.0', 'ECL-2.0', 'EPL-1.0', 'EPL-2.0', 'EUPL-1.2', 'GPL-2.0-only',
    'GPL-2.0-or-later', 'GPL-3.0-only', 'GPL-3.0-or-later', 'ISC', 'LGPL-2.1-only',
    'LGPL-2.1-or-later', 'LGPL-3.0-only', 'LGPL-3.0-or-later', 'MIT', 'MIT-0', 'MPL-1.1', 'MPL-2.0',
    'MS-PL', 'MulanPSL-2.0', 'NCSA', 'OFL-1.1', 'OSL-3.0', 'PostgreSQL', 'Python-2.0', 'Unlicense',
    'UPL-1.0', 'W3C', 'WTFPL', 'Zlib',
];

const byLowerCase = new Map<string, string>(KNOWN_SPDX_IDS.map((id) => [id.toLowerCase(), id]));

/** SPDX ids match case-insensitively; returns the canonical spelling, or null when unknown. */
export function canonicalSpdxId(input: string): string | null {
    return byLowerCase.get(input.trim().toLowerCase()) ?? null;
}

export function knownSpdxIds(): readonly string[] {
    return KNOWN_SPDX_IDS;
}
