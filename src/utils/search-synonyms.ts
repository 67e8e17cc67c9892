/**
 * Words readers type that the content says differently, per language
 * (有効化 for アクティベーション, implementação for implantação, an English
 * word on the Japanese site…). Search runs the reader's query and each
 * variant with a synonym swapped in, and merges the results.
 */
import type { Locale } from '../i18n/locales';

export const SYNONYMS: Record<Locale, string[][]> = {
  en: [
    ['activation', 'activate', 'enable', 'enablement', 'turn on'],
    ['deployment', 'deploy', 'rollout', 'roll out', 'assign', 'assignment'],
    ['licence', 'license', 'seat'],
    ['usage', 'use', 'adoption', 'engagement'],
    ['renewal', 'renew', 'expiry'],
    ['objection', 'pushback', 'concern'],
    ['email', 'e-mail', 'mail'],
    ['call', 'phone'],
    ['admin', 'administrator'],
  ],
  fr: [
    ['activation', 'activer', 'mise en service'],
    ['déploiement', 'déployer', 'attribution', 'attribuer', 'affectation'],
    ['licence', 'licences', 'poste', 'postes'],
    ['utilisation', 'usage', 'adoption'],
    ['renouvellement', 'renouveler', 'échéance'],
    ['objection', 'réticence', 'objections'],
    ['e-mail', 'email', 'courriel', 'mail'],
    ['appel', 'téléphone', 'appeler'],
    ['administrateur', 'admin'],
  ],
  pt: [
    ['ativação', 'ativar', 'habilitar', 'habilitação'],
    ['implantação', 'implementação', 'implantar', 'implementar', 'atribuição', 'atribuir'],
    ['licença', 'licenças', 'assento'],
    ['uso', 'utilização', 'adoção'],
    ['renovação', 'renovar', 'vencimento'],
    ['objeção', 'objeções', 'resistência'],
    ['e-mail', 'email'],
    ['ligação', 'chamada', 'telefonema', 'ligar'],
    ['administrador', 'admin'],
  ],
  ja: [
    ['アクティベーション', '有効化', 'アクティベート', 'activation'],
    ['展開', '割り当て', '導入', 'デプロイ', 'deployment'],
    ['ライセンス', 'license', 'licence'],
    ['利用', '活用', '使用', '定着', 'usage', 'adoption'],
    ['更新', '契約更新', 'renewal'],
    ['懸念', '反論', 'objection'],
    ['メール', 'email', 'Eメール', '電子メール'],
    ['電話', '通話', 'call'],
    ['管理者', 'admin'],
    ['テンプレート', 'template', 'ひな形'],
  ],
};

/**
 * The query and its variants with one synonym swapped in, the query first, at most `limit`.
 * Example: ('有効化 手順', ja groups) → ['有効化 手順', 'アクティベーション 手順', 'アクティベート 手順', 'activation 手順'].
 */
export function expandQuery(query: string, groups: string[][], limit = 6): string[] {
  const out = [query];
  const lower = query.toLowerCase();
  for (const group of groups) {
    const hit = group.find((word) => lower.includes(word.toLowerCase()));
    if (!hit) continue;
    const at = lower.indexOf(hit.toLowerCase());
    for (const other of group) {
      if (other === hit) continue;
      const variant = `${query.slice(0, at)}${other}${query.slice(at + hit.length)}`;
      if (!out.includes(variant)) out.push(variant);
      if (out.length >= limit) return out;
    }
  }
  return out;
}
