/**
 * The site's rules that concern one Dockerfile instruction or guide topic, as a table linking to the
 * rule pages. The list comes from the rule files (plugins/rule-instructions), never typed in the page:
 * `<RulesForInstruction name="COPY" />`, or a topic such as `name="dockerignore"`.
 */
import Link from '@docusaurus/Link';
import Translate, { translate } from '@docusaurus/Translate';
import { usePluginData } from '@docusaurus/useGlobalData';
import type { ReactNode } from 'react';
import type { RulesByInstructionData } from '../../../plugins/rule-instructions';

interface Props {
  /** Upper-case instruction keyword (`COPY`) or guide topic (`file`, `variables`, …). */
  name: string;
}

/** Titles quote code in backquotes; show those parts as code. */
function TitleText({ text }: { text: string }): ReactNode {
  return text.split(/(`[^`]+`)/).map((part, i) =>
    // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one fixed string
    i % 2 === 1 ? <code key={i}>{part.slice(1, -1)}</code> : part,
  );
}

function severityLabel(severity: string): string {
  switch (severity) {
    case 'error':
      return translate({ id: 'rulesForInstruction.severity.error', message: 'erro' });
    case 'warning':
      return translate({ id: 'rulesForInstruction.severity.warning', message: 'aviso' });
    case 'info':
      return translate({ id: 'rulesForInstruction.severity.info', message: 'informação' });
    case 'style':
      return translate({ id: 'rulesForInstruction.severity.style', message: 'estilo' });
    default:
      return translate({ id: 'rulesForInstruction.severity.off', message: 'desligada (opcional)' });
  }
}

export default function RulesForInstruction({ name }: Props): ReactNode {
  const data = usePluginData('rule-instructions') as RulesByInstructionData | undefined;
  const rules = data?.[name] ?? [];
  if (rules.length === 0) {
    return (
      <p>
        <Translate id="rulesForInstruction.none">
          Nenhuma regra do site trata deste assunto por enquanto.
        </Translate>
      </p>
    );
  }
  return (
    <table>
      <thead>
        <tr>
          <th>
            <Translate id="rulesForInstruction.column.rule">Regra</Translate>
          </th>
          <th>
            <Translate id="rulesForInstruction.column.title">O que verifica</Translate>
          </th>
          <th>
            <Translate id="rulesForInstruction.column.severity">Severidade</Translate>
          </th>
        </tr>
      </thead>
      <tbody>
        {rules.map((rule) => (
          <tr key={rule.id}>
            <td>
              <Link to={`/docs/rules/${rule.id}`}>
                <code>{rule.id}</code>
              </Link>
            </td>
            <td>
              <TitleText text={rule.title} />
            </td>
            <td>{severityLabel(rule.severity)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
