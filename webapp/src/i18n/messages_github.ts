// Strings of the repository checks read from GitHub (webapp/src/github): the panel and the slash
// command word every result with these. ICU: an apostrophe before a letter is literal.
import type {MessageDescriptor} from 'react-intl';

export const githubMessages = {
    title: {id: 'plugin-onboard.rhs.github.title', defaultMessage: 'Checks read from GitHub'},
    intro: {id: 'plugin-onboard.rhs.github.intro', defaultMessage: 'Reads the repository from your browser through GitHub\'s public API (4 requests; GitHub allows 60 an hour per network without signing in). Nothing is recorded unless you choose to.'},
    run: {id: 'plugin-onboard.rhs.github.run', defaultMessage: 'Check the repository on GitHub'},
    again: {id: 'plugin-onboard.rhs.github.again', defaultMessage: 'Check again'},
    running: {id: 'plugin-onboard.rhs.github.running', defaultMessage: 'Reading the repository on GitHub…'},
    source: {id: 'plugin-onboard.rhs.github.source', defaultMessage: 'Read from {repo} at {time}.'},
    view: {id: 'plugin-onboard.rhs.github.view', defaultMessage: 'View {check} on GitHub'},
    remaining: {id: 'plugin-onboard.rhs.github.remaining', defaultMessage: '{count, plural, one {# GitHub request} other {# GitHub requests}} left this hour.'},
    statusPass: {id: 'plugin-onboard.rhs.github.status-pass', defaultMessage: 'Passes'},
    statusFail: {id: 'plugin-onboard.rhs.github.status-fail', defaultMessage: 'Fails'},
    statusUnknown: {id: 'plugin-onboard.rhs.github.status-unknown', defaultMessage: 'Check by hand'},
    recordLicence: {id: 'plugin-onboard.rhs.github.record-licence', defaultMessage: 'Record {spdx} as the licence'},
    recordedLicence: {id: 'plugin-onboard.rhs.github.recorded-licence', defaultMessage: 'The tracker records {spdx}, as read from GitHub.'},

    licenceTitle: {id: 'plugin-onboard.rhs.github.licence-title', defaultMessage: 'Licence'},
    licenceAllowed: {id: 'plugin-onboard.rhs.github.licence-allowed', defaultMessage: 'GitHub detects {spdx}, which is on the team\'s allow-list.'},
    licenceNotAllowed: {id: 'plugin-onboard.rhs.github.licence-not-allowed', defaultMessage: 'GitHub detects {spdx}, which is not on the team\'s allow-list ({allowed}).'},
    licenceNone: {id: 'plugin-onboard.rhs.github.licence-none', defaultMessage: 'GitHub finds no licence in the repository.'},
    licenceUnnamed: {id: 'plugin-onboard.rhs.github.licence-unnamed', defaultMessage: 'GitHub finds a licence it cannot name: read it in the repository.'},
    licenceDiffers: {id: 'plugin-onboard.rhs.github.licence-differs', defaultMessage: 'The tracker records {recorded}.'},

    releaseTitle: {id: 'plugin-onboard.rhs.github.release-title', defaultMessage: 'Release'},
    releaseUnset: {id: 'plugin-onboard.rhs.github.release-unset', defaultMessage: 'No release is set in the tracker yet.'},
    releaseNewest: {id: 'plugin-onboard.rhs.github.release-newest', defaultMessage: 'The newest published release on GitHub is {tag}.'},
    releaseMissing: {id: 'plugin-onboard.rhs.github.release-missing', defaultMessage: 'No published release {version} on GitHub (a draft is visible only to the repository\'s maintainers).'},
    releaseNoBundle: {id: 'plugin-onboard.rhs.github.release-no-bundle', defaultMessage: 'Release {tag} has no plugin bundle (.tar.gz) attached.'},
    releaseOk: {id: 'plugin-onboard.rhs.github.release-ok', defaultMessage: 'Release {tag} is published with {asset}.'},
    releasePre: {id: 'plugin-onboard.rhs.github.release-pre', defaultMessage: 'GitHub marks it as a pre-release.'},

    manifestTitle: {id: 'plugin-onboard.rhs.github.manifest-title', defaultMessage: 'plugin.json'},
    manifestMissing: {id: 'plugin-onboard.rhs.github.manifest-missing', defaultMessage: 'There is no plugin.json on the default branch ({branch}).'},
    manifestInvalid: {id: 'plugin-onboard.rhs.github.manifest-invalid', defaultMessage: 'plugin.json on {branch} is not a JSON object.'},
    manifestOk: {id: 'plugin-onboard.rhs.github.manifest-ok', defaultMessage: 'plugin.json on {branch}: id {id}, version {version}, min_server_version {min}, homepage and support URLs set.'},
    manifestId: {id: 'plugin-onboard.rhs.github.manifest-id', defaultMessage: 'Its id is {found}, not {expected}.'},
    manifestVersion: {id: 'plugin-onboard.rhs.github.manifest-version', defaultMessage: 'Its version is {found}; the tracker\'s release is {expected}.'},
    manifestNoField: {id: 'plugin-onboard.rhs.github.manifest-no-field', defaultMessage: 'It has no {field}.'},

    ciTitle: {id: 'plugin-onboard.rhs.github.ci-title', defaultMessage: 'CI workflows'},
    ciFound: {id: 'plugin-onboard.rhs.github.ci-found', defaultMessage: '{count, plural, one {# GitHub Actions workflow} other {# GitHub Actions workflows}}: {files}.'},
    ciNone: {id: 'plugin-onboard.rhs.github.ci-none', defaultMessage: 'No GitHub Actions workflows; if CI runs elsewhere, check it by hand.'},

    notGithub: {id: 'plugin-onboard.rhs.github.not-github', defaultMessage: 'The repository ({url}) is not on github.com; the checks read GitHub only.'},
    notGithubOrEnterprise: {id: 'plugin-onboard.rhs.github.not-github-or-enterprise', defaultMessage: 'The repository ({url}) is on neither github.com nor the team\'s GitHub Enterprise ({enterprise}); the checks read those only.'},
    notARepo: {id: 'plugin-onboard.rhs.github.not-a-repo', defaultMessage: 'The repository URL ({url}) does not name a GitHub repository (https://github.com/owner/name).'},
    missing: {id: 'plugin-onboard.rhs.github.missing', defaultMessage: 'GitHub has no public repository {repo}: it is missing, private or renamed.'},
    rateLimited: {id: 'plugin-onboard.rhs.github.rate-limited', defaultMessage: 'GitHub\'s 60 requests an hour for your network without signing in are spent; try again after {time}.'},
    rateLimitedSoon: {id: 'plugin-onboard.rhs.github.rate-limited-soon', defaultMessage: 'GitHub\'s 60 requests an hour for your network without signing in are spent; try again within the hour.'},
    network: {id: 'plugin-onboard.rhs.github.network', defaultMessage: 'GitHub could not be reached from your browser ({detail}). A proxy or a browser extension may block api.github.com; check the repository by hand.'},
    unexpected: {id: 'plugin-onboard.rhs.github.unexpected', defaultMessage: 'GitHub answered {status}: {detail}. Try again later, or check the repository by hand.'},
} as const satisfies Record<string, MessageDescriptor & {id: string; defaultMessage: string}>;
