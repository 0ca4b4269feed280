// The webapp shows a slash-command hook's {error} as plain text in one label (MessageSubmitError):
// Markdown would show raw and line breaks collapse. The command layer writes Markdown, like its
// replies; this turns an error into the plain sentence the label can show.
export function markdownToPlainText(markdown: string): string {
    return markdown
        .split('\n')
        .map((line) => line.trim())
        .filter((line) => line !== '')
        .map((line) => line.replace(/^[-*] +/, '• '))
        .join(' ')
        .replace(/\[([^\]]*)\]\((https?:\/\/[^)\s]+)\)/g, '$1 ($2)')
        .replace(/\*\*(.+?)\*\*/g, '$1')
        .replace(/`([^`]*)`/g, '$1')
        .replace(/\\([\\`*_{}[\]()#+\-.!|>~<])/g, '$1');
}
