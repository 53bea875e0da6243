/**
 * Shell completion scripts for bash, zsh and fish, written out from the command tree (static: no
 * program runs on TAB, so completion costs nothing and works offline). The tree is plain data, built
 * from commander's commands and options by src/cli/completion.ts.
 */

export interface CompletionOption {
  /** Long and short forms, e.g. ["--json"] or ["-V", "--version"]. */
  readonly flags: readonly string[];
  readonly description: string;
  readonly takesValue: boolean;
  /** Values to offer when the option has a fixed list (e.g. --community vlg fr de). */
  readonly choices: readonly string[];
}

export interface CompletionCommand {
  readonly name: string;
  readonly description: string;
  /** The command takes a file argument: offer file names. */
  readonly takesFile: boolean;
  readonly options: readonly CompletionOption[];
  readonly commands: readonly CompletionCommand[];
}

export const SHELLS = ['bash', 'zsh', 'fish'] as const;
export type Shell = (typeof SHELLS)[number];

/** A word a shell may offer as it is: no quoting needed in any of the three shells. */
const PLAIN_WORD = /^[A-Za-z0-9][A-Za-z0-9_.-]*$/;

interface Node {
  readonly path: string;
  readonly command: CompletionCommand;
}

function walk(command: CompletionCommand, path = command.name): Node[] {
  return [{ path, command }, ...command.commands.flatMap((child) => walk(child, `${path} ${child.name}`))];
}

const words = (command: CompletionCommand) => command.commands.map((child) => child.name);
const optionWords = (command: CompletionCommand) => command.options.flatMap((option) => option.flags);
const plainChoices = (option: CompletionOption) => option.choices.filter((choice) => PLAIN_WORD.test(choice));
/** Text inside single quotes in any of the three shells. */
const singleQuoted = (text: string) => `'${text.replace(/'/g, `'\\''`)}'`;
const firstLine = (text: string) => text.split('\n', 1)[0]!.replace(/\s+/g, ' ').trim();

/**
 * The part bash and zsh share: find the (sub)command path from the words before the cursor, offer an
 * option's fixed values after it, and file names after any other option that takes a value.
 */
function pathAndValueCases(root: CompletionCommand, pathVariable: string, wordsArray: string, firstIndex: number, cursor: string, offerValues: (values: string) => string, offerFiles: string): string {
  const nodes = walk(root);
  const paths = nodes.filter((node) => node.path !== root.name).map((node) => `"${node.path}"`);
  const choiceCases = nodes.flatMap(({ path, command }) =>
    command.options
      .filter((option) => plainChoices(option).length > 0)
      .flatMap((option) => option.flags.map((flag) => `    "${path}|${flag}") ${offerValues(plainChoices(option).join(' '))}; return ;;`)),
  );
  const valueFlags = [...new Set(nodes.flatMap(({ command }) => command.options.filter((option) => option.takesValue && plainChoices(option).length === 0).flatMap((option) => option.flags)))];
  return `  for (( i = ${firstIndex}; i < ${cursor}; i++ )); do
    word="\${${wordsArray}[i]}"
    case "$${pathVariable} $word" in
      ${paths.join('|')}) ${pathVariable}="$${pathVariable} $word" ;;
    esac
  done
  case "$${pathVariable}|$prev" in
${choiceCases.join('\n')}
  esac
  case "$prev" in
    ${valueFlags.join('|')}) ${offerFiles}; return ;;
  esac`;
}

function renderBash(root: CompletionCommand): string {
  const nodes = walk(root);
  const name = root.name;
  const wordCases = nodes.map(({ path, command }) => `    "${path}") commands="${words(command).join(' ')}"; options="${optionWords(command).join(' ')}"; files=${command.takesFile ? 1 : 0} ;;`);
  return `# ${name} completion for bash. Load it with:  source <(${name} completion bash)
# or save it as ~/.local/share/bash-completion/completions/${name}
_${name}_complete() {
  local cur="\${COMP_WORDS[COMP_CWORD]}" prev="" path="${name}" word i commands="" options="" files=0
  (( COMP_CWORD > 0 )) && prev="\${COMP_WORDS[COMP_CWORD-1]}"
${pathAndValueCases(root, 'path', 'COMP_WORDS', 1, 'COMP_CWORD', (values) => `COMPREPLY=($(compgen -W "${values}" -- "$cur"))`, 'COMPREPLY=($(compgen -f -- "$cur"))')}
  case "$path" in
${wordCases.join('\n')}
  esac
  if [[ "$cur" == -* ]]; then
    COMPREPLY=($(compgen -W "$options" -- "$cur"))
  else
    COMPREPLY=($(compgen -W "$commands" -- "$cur"))
    (( files == 1 )) && COMPREPLY+=($(compgen -f -- "$cur"))
  fi
  return 0
}
complete -o filenames -F _${name}_complete ${name}
`;
}

/** "name:description" for zsh's _describe: a colon in the name or the text is escaped. */
const describeItem = (word: string, description: string) => singleQuoted(`${word.replace(/:/g, '\\:')}:${firstLine(description)}`);

function renderZsh(root: CompletionCommand): string {
  const nodes = walk(root);
  const name = root.name;
  const cases = nodes.map(({ path, command }) => {
    const commands = command.commands.map((child) => describeItem(child.name, child.description));
    const options = command.options.flatMap((option) => option.flags.map((flag) => describeItem(flag, option.description)));
    return `    "${path}")
      commands=(${commands.join(' ')})
      options=(${options.join(' ')})
      files=${command.takesFile ? 1 : 0} ;;`;
  });
  return `#compdef ${name}
# ${name} completion for zsh. Load it with:  source <(${name} completion zsh)
# or save it as _${name} in a directory of your $fpath
_${name}() {
  local path_="${name}" prev="\${words[CURRENT-1]}" word i files=0
  local -a commands options
${pathAndValueCases(root, 'path_', 'words', 2, 'CURRENT', (values) => `compadd -- ${values}`, '_files')}
  case "$path_" in
${cases.join('\n')}
  esac
  if [[ "\${words[CURRENT]}" == -* ]]; then
    _describe -t options 'option' options
  else
    (( \${#commands} > 0 )) && _describe -t commands 'command' commands
    (( files == 1 )) && _files
  fi
}
if [[ "$funcstack[1]" == "_${name}" ]]; then _${name} "$@"; else compdef _${name} ${name}; fi
`;
}

function renderFish(root: CompletionCommand): string {
  const name = root.name;
  const lines = [`# ${name} completion for fish. Load it with:  ${name} completion fish | source`, `# or save it as ~/.config/fish/completions/${name}.fish`, `complete -c ${name} -f`];
  const emit = (command: CompletionCommand, condition: string) => {
    const guard = (extra: string) => `-n ${singleQuoted(extra)}`;
    for (const child of command.commands) lines.push(`complete -c ${name} ${guard(`${condition}; and not __fish_seen_subcommand_from ${words(command).join(' ')}`)} -a ${child.name} -d ${singleQuoted(firstLine(child.description))}`);
    const here = command.commands.length === 0 ? condition : `${condition}; and not __fish_seen_subcommand_from ${words(command).join(' ')}`;
    if (command.takesFile) lines.push(`complete -c ${name} ${guard(here)} -F`);
    for (const option of command.options) {
      const flags = option.flags.map((flag) => (flag.startsWith('--') ? `-l ${flag.slice(2)}` : `-s ${flag.slice(1)}`)).join(' ');
      const choices = plainChoices(option);
      const value = choices.length > 0 ? ` -x -a ${singleQuoted(choices.join(' '))}` : option.takesValue ? ' -r' : '';
      lines.push(`complete -c ${name} ${guard(here)} ${flags}${value} -d ${singleQuoted(firstLine(option.description))}`);
    }
    for (const child of command.commands) emit(child, `${condition}; and __fish_seen_subcommand_from ${child.name}`);
  };
  emit(root, 'true');
  return `${lines.join('\n')}\n`;
}

export function renderCompletion(shell: Shell, root: CompletionCommand): string {
  switch (shell) {
    case 'bash':
      return renderBash(root);
    case 'zsh':
      return renderZsh(root);
    case 'fish':
      return renderFish(root);
  }
}
