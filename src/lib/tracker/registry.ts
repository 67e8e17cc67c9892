/**
 * The tracker's one declarative registry (tracker.md §2–§3). Each canonical
 * field says once what it holds (kind), how reps and vendors name it
 * (synonyms per language), how a cell is read (parser), its merge-field name
 * and its label key; each dimension says its bucket names, its classifier and
 * the fields it is computed from. Every list, type, table column, transfer
 * list, merge field, sort column and label key elsewhere is derived from
 * these two objects, so adding a field or a dimension is one entry here plus
 * its labels (see README "Adding things").
 *
 * Modelled on uDSV's per-column schema object: the order of entries is the
 * order of the mapping form and the tie-break of header matching.
 */

/** What a field's cells hold; decides its parser, its table column and how an email writes it. */
export type FieldKind = 'text' | 'count' | 'percent' | 'date';

/** A text field's own reading of a cell: `link` keeps https links only (tracker.md §2). */
export type TextParser = 'trim' | 'httpsLink';

/** What a header says about the value beside its subject ('Customer Email' is an email, not a customer). */
export type HeaderMarker = 'id' | 'email' | 'link';

/** Header wording per language, plus the vendors' export names (tracker.md §2). */
export interface Synonyms {
  vendor: readonly string[];
  en: readonly string[];
  fr: readonly string[];
  pt: readonly string[];
  ja: readonly string[];
}

interface FieldSpecBase {
  synonyms: Synonyms;
  /** Name of the `{merge field}` templates use for it, or null when emails never show it. */
  merge: string | null;
}
interface TextFieldSpec extends FieldSpecBase {
  kind: 'text';
  parser: TextParser;
  marker?: HeaderMarker;
}
interface CountFieldSpec extends FieldSpecBase {
  kind: 'count';
}
interface PercentFieldSpec extends FieldSpecBase {
  kind: 'percent';
  /** The count this is the percentage of: 'Assigned %' is matched through seatsAssigned's synonyms. */
  percentOf: string;
}
interface DateFieldSpec extends FieldSpecBase {
  kind: 'date';
}
export type FieldSpec = TextFieldSpec | CountFieldSpec | PercentFieldSpec | DateFieldSpec;

const syn = (vendor: string[], en: string[], fr: string[], pt: string[], ja: string[]): Synonyms => ({ vendor, en, fr, pt, ja });

/** The canonical fields, in mapping-form order. */
export const FIELDS = {
  client: {
    kind: 'text', parser: 'trim', merge: 'client',
    synonyms: syn(
      ['customerName', 'CustomerName', 'Organization Name', 'Tenant Name', 'Company Name', 'Customer'],
      ['Client', 'Client Name', 'Company', 'Organization', 'Organisation', 'Organisation Name', 'Org', 'Org Name', 'Tenant',
        'Account', 'Account Name', 'End Customer', 'End Customer Name', 'End User', 'Customer Company', 'Business Name',
        'Customer Organization', 'Reseller Customer', 'Partner Customer'],
      ['Nom du client', 'Nom client', 'Société', 'Raison sociale', 'Entreprise', 'Nom de l’entreprise', 'Nom de la société',
        'Organisation cliente', 'Client final', 'Compte', 'Nom du compte', 'Nom du locataire', 'Locataire'],
      ['Cliente', 'Nome do cliente', 'Nome cliente', 'Empresa', 'Nome da empresa', 'Razão social', 'Organização',
        'Nome da organização', 'Conta', 'Nome da conta', 'Cliente final', 'Locatário', 'Nome do locatário'],
      ['顧客', '顧客名', '会社名', '企業名', '取引先', '取引先名', 'テナント名', '組織名', 'お客様名', '法人名',
        'エンドユーザー名', '顧客企業名', 'アカウント名', '社名'],
    ),
  },
  clientId: {
    kind: 'text', parser: 'trim', marker: 'id', merge: null,
    synonyms: syn(
      ['customerId', 'CustomerTenantId', 'Adobe Customer ID', 'Tenant ID', 'Microsoft ID'],
      ['Tenant GUID', 'Client ID', 'Organization ID', 'Org ID', 'Account ID', 'Customer Number', 'Account Number',
        'Directory ID', 'Customer Reference', 'Tenant Identifier'],
      ['Identifiant client', 'Identifiant du client', 'ID client', 'Numéro client', 'Identifiant du locataire',
        'ID du locataire', 'Identifiant du tenant', 'ID tenant', 'Référence client'],
      ['ID do cliente', 'Código do cliente', 'Identificador do cliente', 'ID do locatário', 'ID do tenant', 'Número do cliente'],
      ['テナントID', '顧客ID', '顧客番号', '顧客コード', '取引先ID', '取引先コード', '組織ID', 'テナント識別子'],
    ),
  },
  product: {
    kind: 'text', parser: 'trim', merge: 'product',
    synonyms: syn(
      ['productName', 'Product', 'Offer Name'],
      ['Offer', 'SKU', 'SKU Name', 'Subscription', 'Subscription Name', 'Plan', 'License Type', 'Licence Type', 'Edition', 'Service'],
      ['Produit', 'Nom du produit', 'Offre', 'Abonnement', 'Type de licence'],
      ['Produto', 'Nome do produto', 'Oferta', 'Assinatura', 'Plano', 'Tipo de licença', 'Edição'],
      ['製品', '製品名', '商品名', 'プロダクト', 'サブスクリプション', 'プラン', 'ライセンス種別', 'エディション'],
    ),
  },
  vendor: {
    // Whose customer this is, so that a template's vendor blocks reach only that
    // vendor's clients (content.md "Facts"); read by clientVendor (email/vendor.ts),
    // which falls back to the product name when the column is absent or names nobody.
    kind: 'text', parser: 'trim', merge: null,
    synonyms: syn(
      ['Vendor', 'Publisher', 'Publisher Name', 'Manufacturer'],
      ['Vendor Name', 'Brand', 'Software Vendor', 'Supplier', 'Maker', 'OEM'],
      ['Éditeur', 'Nom de l’éditeur', 'Éditeur du logiciel', 'Fournisseur', 'Constructeur', 'Marque'],
      ['Fornecedor', 'Fabricante', 'Nome do fornecedor', 'Desenvolvedor', 'Marca'],
      ['ベンダー', 'ベンダー名', 'メーカー', 'メーカー名', '提供元', '製造元', 'ブランド'],
    ),
  },
  adminName: {
    kind: 'text', parser: 'trim', merge: 'adminName',
    synonyms: syn(
      ['Global Admin', 'Primary Contact'],
      ['Admin Name', 'Admin', 'Administrator', 'Administrator Name', 'Admin Contact', 'Admin Contact Name', 'Contact',
        'Contact Name', 'IT Contact', 'Main Contact'],
      ['Nom de l’administrateur', 'Administrateur', 'Nom admin', 'Contact admin', 'Contact principal', 'Nom du contact', 'Interlocuteur', 'Nom du contact admin'],
      ['Nome do administrador', 'Administrador', 'Nome do admin', 'Contato', 'Nome do contato', 'Contato principal', 'Responsável', 'Nome do contato de administração'],
      ['管理者', '管理者名', '担当者', '担当者名', '連絡先担当者', '管理者氏名', '担当者氏名', '管理担当者'],
    ),
  },
  adminEmail: {
    kind: 'text', parser: 'trim', marker: 'email', merge: 'adminEmail',
    synonyms: syn(
      ['Primary Contact Email'],
      ['Admin Email', 'Administrator Email', 'Admin Contact Email', 'Contact Email', 'Email', 'Email Address', 'Mail',
        'IT Contact Email', 'Admin Mail'],
      ['E-mail de l’administrateur', 'Email admin', 'Courriel', 'Adresse e-mail', 'Adresse électronique',
        'Courriel de l’administrateur', 'E-mail du contact', 'E-mail du contact admin'],
      ['E-mail do administrador', 'Endereço de e-mail', 'E-mail do contato', 'E-mail do contato de administração'],
      ['管理者メール', '管理者メールアドレス', 'メールアドレス', 'メール', '担当者メールアドレス', '連絡先メール', 'Eメール'],
    ),
  },
  adminPhone: {
    kind: 'text', parser: 'trim', merge: 'adminPhone',
    synonyms: syn(
      ['Primary Contact Phone', 'phoneNumber'],
      ['Admin Phone', 'Administrator Phone', 'Phone', 'Phone Number', 'Telephone', 'Telephone Number', 'Contact Phone', 'Mobile', 'Admin Telephone'],
      ['Téléphone', 'Téléphone de l’administrateur', 'Tél.', 'Numéro de téléphone', 'Téléphone du contact', 'Portable', 'Téléphone du contact admin'],
      ['Telefone', 'Telefone do administrador', 'Celular', 'Número de telefone', 'Telefone do contato', 'Telefone do contato de administração'],
      ['電話番号', '管理者電話番号', '電話', '連絡先電話番号', '担当者電話番号', '携帯電話'],
    ),
  },
  language: {
    kind: 'text', parser: 'trim', merge: null,
    synonyms: syn(
      ['Preferred Language'],
      ['Language', 'Locale', 'Lang', 'Communication Language', 'Customer Language'],
      ['Langue', 'Langue préférée', 'Langue de communication', 'Langue du client'],
      ['Idioma', 'Idioma preferido', 'Língua', 'Idioma do cliente'],
      ['言語', '使用言語', '優先言語', '希望言語', 'ロケール'],
    ),
  },
  activationLink: {
    kind: 'text', parser: 'httpsLink', marker: 'link', merge: 'activationLink',
    synonyms: syn(
      ['Activation Link', 'Tenant Activation link'],
      ['Activation URL', 'Invitation Link', 'Invite Link', 'Onboarding Link', 'Setup Link'],
      ['Lien d’activation', 'URL d’activation', 'Lien d’invitation'],
      ['Link de ativação', 'URL de ativação', 'Link de convite'],
      ['アクティベーションリンク', 'アクティベーションURL', '有効化リンク', 'アクティブ化リンク', '招待リンク'],
    ),
  },
  seatsPurchased: {
    kind: 'count', merge: 'seatsPurchased',
    synonyms: syn(
      ['licensesSold', 'Licenses', 'currentQuantity', 'Current quantity', 'Licenses Purchased', 'Prepaid Units'],
      ['Purchased', 'Licences', 'Licences Purchased', 'Purchased Licenses', 'Purchased Licences', 'Seats', 'Seats Purchased',
        'Purchased Seats', 'Total Licenses', 'Total Seats', 'Entitlement', 'Entitlements', 'Entitled', 'Entitled Licenses',
        'Quantity', 'License Quantity', 'Licence Quantity', 'Licenses Owned', 'Available Licenses', 'Total Units',
        'Seat Count', 'License Count', 'Ordered', 'Ordered Quantity'],
      ['Licences achetées', 'Licences vendues', 'Licences acquises', 'Nombre de licences', 'Total licences', 'Quantité',
        'Quantité de licences', 'Postes', 'Postes achetés', 'Droits', 'Licences commandées'],
      ['Licenças compradas', 'Licenças adquiridas', 'Licenças vendidas', 'Licenças', 'Quantidade', 'Quantidade de licenças',
        'Total de licenças', 'Número de licenças', 'Assentos', 'Assentos comprados'],
      ['購入ライセンス数', '購入ライセンス', 'ライセンス数', '購入数', '契約ライセンス数', '契約数', '数量', 'ライセンス購入数',
        '総ライセンス数', '購入済みライセンス', 'シート数'],
    ),
  },
  seatsAssigned: {
    kind: 'count', merge: 'seatsAssigned',
    synonyms: syn(
      ['licensesDeployed', 'Assigned', 'usedQuantity', 'Licenses Assigned', 'Consumed Units'],
      ['Deployed', 'Licences Assigned', 'Licences Deployed', 'Assigned Licenses', 'Assigned Licences', 'Deployed Licenses',
        'Seats Assigned', 'Assigned Seats', 'Consumed', 'Used Licenses', 'Licenses Used', 'Used', 'Allocated',
        'Allocated Licenses', 'Licenses Allocated', 'Assigned Users', 'Provisioned', 'Users Assigned'],
      ['Licences attribuées', 'Licences assignées', 'Licences déployées', 'Attribuées', 'Licences utilisées',
        'Licences affectées', 'Postes attribués', 'Attribuées aux utilisateurs'],
      ['Licenças atribuídas', 'Licenças implantadas', 'Licenças designadas', 'Atribuídas', 'Licenças usadas',
        'Licenças utilizadas', 'Licenças alocadas', 'Assentos atribuídos'],
      ['割り当て済みライセンス', '割り当て済みライセンス数', '割り当てライセンス数', '割り当て数', '割当数', '割当ライセンス数',
        '展開ライセンス数', '展開済みライセンス', '使用ライセンス数', '配布ライセンス数', '割り当て済み'],
    ),
  },
  usersActivated: {
    kind: 'count', merge: 'usersActivated',
    synonyms: syn(
      ['Activated'],
      ['Activated Users', 'Users Activated', 'Activations', 'Activated Seats', 'Activated Licenses', 'Activated Licences', 'Activated Count'],
      ['Utilisateurs activés', 'Activés', 'Licences activées', 'Nombre d’activations', 'Utilisateurs ayant activé'],
      ['Usuários ativados', 'Ativados', 'Licenças ativadas', 'Número de ativações'],
      ['アクティブ化されたユーザー', 'アクティブ化済みユーザー', 'アクティベート済みユーザー', 'アクティベーション数',
        'アクティベーション済みユーザー数', 'アクティベーション済みユーザー', 'アクティベーション済み', 'アクティベート済みユーザー数',
        '有効化ユーザー数', '有効化済みユーザー', 'ライセンス認証済みユーザー', 'アクティブ化ユーザー数'],
    ),
  },
  activeUsers: {
    kind: 'count', merge: 'activeUsers',
    synonyms: syn(
      ['licensesActive'],
      ['Active Users', 'Active Users (28 days)', 'Active Users (30 days)', 'Monthly Active Users', 'MAU', 'Active',
        'Active Licenses', 'Active Seats', 'Users Active', 'Active in Last 28 Days'],
      ['Utilisateurs actifs', 'Utilisateurs actifs (28 jours)', 'Actifs', 'Licences actives'],
      ['Usuários ativos', 'Usuários ativos (28 dias)', 'Ativos', 'Licenças ativas'],
      ['アクティブユーザー', 'アクティブユーザー数', 'アクティブユーザー数(28日間)', '利用ユーザー数', '利用者数', 'アクティブライセンス数'],
    ),
  },
  activationPct: {
    kind: 'percent', percentOf: 'usersActivated', merge: 'activationPct',
    synonyms: syn(
      ['Activation rate'],
      ['Activation %', '% activation', 'Activation Percent', 'Activation Percentage', 'Activated Percent', 'Activation Ratio'],
      ['Taux d’activation', 'Pourcentage d’activation', '% d’activation'],
      ['Taxa de ativação', 'Percentual de ativação', 'Porcentagem de ativação', '% de ativação'],
      ['アクティベーション率', 'アクティブ化率', '有効化率', 'ライセンス認証率'],
    ),
  },
  deploymentPct: {
    kind: 'percent', percentOf: 'seatsAssigned', merge: 'deploymentPct',
    synonyms: syn(
      ['deploymentPercent'],
      ['Deployment %', 'Deployment rate', 'Deployment Percentage', 'Assignment rate', 'Deployment Ratio'],
      ['Taux de déploiement', 'Taux d’attribution', 'Pourcentage de déploiement', 'Pourcentage d’attribution', '% de déploiement', '% d’attribution'],
      ['Taxa de implantação', 'Taxa de implementação', 'Taxa de atribuição', 'Percentual de implantação', '% de implantação', '% de atribuição'],
      ['展開率', '割り当て率', '割当率', 'デプロイ率', '配布率'],
    ),
  },
  usagePct: {
    kind: 'percent', percentOf: 'activeUsers', merge: 'usagePct',
    synonyms: syn(
      ['usagePercent'],
      ['Usage %', '% usage', 'Usage rate', 'Usage Percentage', 'Utilization', 'Utilization rate', 'Utilisation rate', 'Usage Ratio'],
      ['Taux d’utilisation', 'Pourcentage d’utilisation', 'Taux d’usage', '% d’utilisation'],
      ['Taxa de uso', 'Taxa de utilização', 'Percentual de uso', '% de uso', '% de utilização'],
      ['利用率', '使用率', 'アクティブ率', '稼働率', '利用率(%)'],
    ),
  },
  startDate: {
    kind: 'date', merge: 'startDate',
    synonyms: syn(
      ['Commerce Start Date', 'Subscription Start Date', 'Term Start Date'],
      ['Start Date', 'Order Date', 'Purchase Date', 'Start', 'Contract Start', 'Contract Start Date', 'Effective Date',
        'Created Date', 'Creation Date', 'Date', 'Provisioning Date'],
      ['Date de début', 'Début', 'Date d’achat', 'Date de commande', 'Date de souscription', 'Date de début d’abonnement'],
      ['Data de início', 'Início', 'Data da compra', 'Data do pedido', 'Data de início da assinatura'],
      ['開始日', '利用開始日', '契約開始日', '購入日', '注文日', '開始日付', 'サブスクリプション開始日', '契約日'],
    ),
  },
  renewalDate: {
    kind: 'date', merge: 'renewalDate',
    synonyms: syn(
      // Adobe VIP's Anniversary Date is the yearly renewal date, set at the first order.
      ['Anniversary Date', 'Renewal date', 'renewalDate', 'cotermDate', 'Coterm Date', 'Commitment End Date', 'Term End Date'],
      ['Renewal', 'Next Renewal', 'Next Renewal Date', 'End Date', 'Subscription End Date', 'Expiration Date', 'Expiry Date',
        'Contract End Date', 'Anniversary'],
      ['Date de renouvellement', 'Renouvellement', 'Date d’anniversaire', 'Date de fin', 'Date d’échéance',
        'Fin d’abonnement', 'Date d’expiration'],
      ['Data de renovação', 'Renovação', 'Data de aniversário', 'Data de término', 'Data de vencimento',
        'Data de expiração', 'Fim da assinatura'],
      ['更新日', '契約更新日', '次回更新日', '更新予定日', 'アニバーサリー日', '満了日', '契約満了日', '契約終了日', '有効期限', '終了日'],
    ),
  },
} as const satisfies Record<string, FieldSpec>;

export type FieldId = keyof typeof FIELDS;
type FieldsOfKind<K extends FieldKind> = { [F in FieldId]: (typeof FIELDS)[F]['kind'] extends K ? F : never }[FieldId];
export type TextField = FieldsOfKind<'text'>;
export type CountField = FieldsOfKind<'count'>;
export type PercentField = FieldsOfKind<'percent'>;
export type DateField = FieldsOfKind<'date'>;
export type NumberField = CountField | PercentField;

/** Every field id, in registry order: ['client', 'clientId', …, 'renewalDate']. */
export const FIELD_IDS = Object.keys(FIELDS) as [FieldId, ...FieldId[]];

function ofKind<K extends FieldKind>(kind: K): FieldsOfKind<K>[] {
  return FIELD_IDS.filter((f) => FIELDS[f].kind === kind) as FieldsOfKind<K>[];
}
export const TEXT_FIELDS: readonly TextField[] = ofKind('text');
export const COUNT_FIELDS: readonly CountField[] = ofKind('count');
export const PERCENT_FIELDS: readonly PercentField[] = ofKind('percent');
export const DATE_FIELDS: readonly DateField[] = ofKind('date');
export const NUMBER_FIELDS: readonly NumberField[] = [...COUNT_FIELDS, ...PERCENT_FIELDS];

/** A mapping from field id to the header text exactly as it appears in the file. */
export type Mapping = Partial<Record<FieldId, string>>;

/** True for ids of the canonical fields, e.g. isFieldId('client') → true; isFieldId('toString') → false. */
export function isFieldId(value: string): value is FieldId {
  return Object.hasOwn(FIELDS, value);
}

/** The dictionary key of a field's label: fieldLabelKey('renewalDate') → 'field.renewalDate'. */
export function fieldLabelKey<F extends FieldId>(field: F): `field.${F}` {
  return `field.${field}`;
}

/** Every synonym of a field, vendors first: synonymsOf('client')[0] → 'customerName'. */
export function synonymsOf(field: FieldId): readonly string[] {
  const s: Synonyms = FIELDS[field].synonyms;
  return [...s.vendor, ...s.en, ...s.fr, ...s.pt, ...s.ja];
}

type MergeNameOf<F extends FieldId> = (typeof FIELDS)[F]['merge'];
/** Merge-field names that come from a client's own values: 'client', 'adminName', …, 'renewalDate'. */
export type ClientMergeField = Exclude<{ [F in FieldId]: MergeNameOf<F> }[FieldId], null>;
/** Field behind each client merge field, in registry order. */
export const CLIENT_MERGE_FIELDS = FIELD_IDS.flatMap((f) => {
  const merge: string | null = FIELDS[f].merge;
  return merge === null ? [] : [{ field: f, merge: merge as ClientMergeField }];
});

// ---------------------------------------------------------------- dimensions

/** A dimension measured as a ratio: count / denominator, else percent / 100 (tracker.md §3). */
interface RatioSource {
  type: 'ratio';
  count: CountField;
  denominator: CountField;
  percent: PercentField;
}
/** A dimension measured in days between a date field and the as-of date. */
interface DaysSource {
  type: 'days';
  date: DateField;
  /** `since`: as-of − date (stage); `until`: date − as-of (renewal). */
  direction: 'since' | 'until';
}

interface DimensionSpec<B extends string> {
  /** Bucket names in display order; `unknown` last. */
  buckets: readonly B[];
  source: RatioSource | DaysSource;
  /** Bucket of a measured value; NaN = missing. Compares exact values, never rounded ones. */
  classify: (value: number) => B;
}

const dimension = <const B extends string>(spec: DimensionSpec<B>) => spec;

/** The dimensions of tracker.md §3, in display order. */
export const DIMENSION_SPECS = {
  activation: dimension({
    buckets: ['none', 'partial', 'full', 'unknown'],
    source: { type: 'ratio', count: 'usersActivated', denominator: 'seatsPurchased', percent: 'activationPct' },
    classify: (r) => (r === 0 ? 'none' : r > 0 && r < 1 ? 'partial' : r >= 1 ? 'full' : 'unknown'),
  }),
  deployment: dimension({
    buckets: ['none', 'partial', 'full', 'over', 'unknown'],
    source: { type: 'ratio', count: 'seatsAssigned', denominator: 'seatsPurchased', percent: 'deploymentPct' },
    classify: (r) => (r === 0 ? 'none' : r > 0 && r < 1 ? 'partial' : r === 1 ? 'full' : r > 1 ? 'over' : 'unknown'),
  }),
  usage: dimension({
    buckets: ['none', 'low', 'good', 'inflated', 'unknown'],
    // Microsoft's usage %: active entitlements / total entitlements (not / assigned).
    source: { type: 'ratio', count: 'activeUsers', denominator: 'seatsPurchased', percent: 'usagePct' },
    classify: (r) => (r === 0 ? 'none' : r > 0 && r < 0.5 ? 'low' : r >= 0.5 && r <= 1 ? 'good' : r > 1 ? 'inflated' : 'unknown'),
  }),
  stage: dimension({
    buckets: ['upcoming', 'week-1', 'weeks-2-3', 'week-4', 'weeks-5-6', 'weeks-7-10', 'ongoing', 'unknown'],
    source: { type: 'days', date: 'startDate', direction: 'since' },
    classify: (d) =>
      Number.isNaN(d) ? 'unknown'
        : d < 0 ? 'upcoming'
          : d < 7 ? 'week-1'
            : d < 21 ? 'weeks-2-3'
              : d < 28 ? 'week-4'
                : d < 42 ? 'weeks-5-6'
                  : d < 70 ? 'weeks-7-10'
                    : 'ongoing',
  }),
  renewal: dimension({
    // Adobe's Reseller Console lists renewals from 45 days before the anniversary date.
    buckets: ['lapsed', 'within-45', 'within-90', 'later', 'unknown'],
    source: { type: 'days', date: 'renewalDate', direction: 'until' },
    classify: (n) => (Number.isNaN(n) ? 'unknown' : n < 0 ? 'lapsed' : n <= 45 ? 'within-45' : n <= 90 ? 'within-90' : 'later'),
  }),
};

type Specs = typeof DIMENSION_SPECS;
export type Dimension = keyof Specs;
export type BucketOf<D extends Dimension> = Specs[D]['buckets'][number];
export type ActivationBucket = BucketOf<'activation'>;
export type DeploymentBucket = BucketOf<'deployment'>;
export type UsageBucket = BucketOf<'usage'>;
export type StageBucket = BucketOf<'stage'>;
export type RenewalBucket = BucketOf<'renewal'>;
/** One bucket name per dimension for one client. */
export type ClientBuckets = { [D in Dimension]: BucketOf<D> };

/** Every dimension, in display order: ['activation', 'deployment', 'usage', 'stage', 'renewal']. */
export const DIMENSIONS = Object.keys(DIMENSION_SPECS) as Dimension[];

/** Bucket names of each dimension: BUCKETS.renewal → ['lapsed', 'within-45', 'within-90', 'later', 'unknown']. */
export const BUCKETS: { readonly [D in Dimension]: readonly BucketOf<D>[] } = Object.fromEntries(
  DIMENSIONS.map((d) => [d, DIMENSION_SPECS[d].buckets]),
) as { readonly [D in Dimension]: readonly BucketOf<D>[] };

/** Fields a dimension is computed from: sourceFields('deployment') → ['seatsAssigned', 'seatsPurchased', 'deploymentPct']. */
export function sourceFields(d: Dimension): FieldId[] {
  const source = DIMENSION_SPECS[d].source;
  return source.type === 'ratio' ? [source.count, source.denominator, source.percent] : [source.date];
}

/** The dictionary key of a dimension's label: dimensionLabelKey('renewal') → 'dimension.renewal'. */
export function dimensionLabelKey<D extends Dimension>(d: D): `dimension.${D}` {
  return `dimension.${d}`;
}

/** The dictionary key of a bucket's label: bucketLabelKey('renewal', 'lapsed') → 'bucket.renewal.lapsed'. */
export function bucketLabelKey<D extends Dimension>(d: D, bucket: BucketOf<D>): `bucket.${D}.${BucketOf<D>}` {
  return `bucket.${d}.${bucket}` as `bucket.${D}.${BucketOf<D>}`;
}

/** Every label key the registry needs in each dictionary: labelKeys() → ['field.client', …, 'bucket.renewal.unknown']. */
export function labelKeys(): string[] {
  return [
    ...FIELD_IDS.map(fieldLabelKey),
    ...DIMENSIONS.flatMap((d) => [dimensionLabelKey(d), ...BUCKETS[d].map((b) => `bucket.${d}.${b}`)]),
  ];
}

/**
 * Columns the client list sorts by, in the table's order: the name, each dimension, the next step, the
 * activation email's deadline, the day of the last outreach (a rep finds who has waited longest).
 */
export type SortColumn = 'client' | Dimension | 'nextStep' | 'deadline' | 'lastOutreach';
export const SORT_COLUMNS: readonly SortColumn[] = ['client', ...DIMENSIONS, 'nextStep', 'deadline', 'lastOutreach'];

/**
 * Dimensions a file can measure at all, given the fields it maps: a ratio
 * needs its count and denominator or its percent, a day count its date.
 * measurableFrom(['client', 'seatsPurchased', 'seatsAssigned', 'renewalDate']) → ['deployment', 'renewal']
 */
export function measurableFrom(mapped: readonly FieldId[]): Dimension[] {
  const has = new Set(mapped);
  return DIMENSIONS.filter((d) => {
    const source = DIMENSION_SPECS[d].source;
    if (source.type === 'days') return has.has(source.date);
    return (has.has(source.count) && has.has(source.denominator)) || has.has(source.percent);
  });
}

/** The count fields of each ratio dimension: ratioSources()[0] → { dimension: 'activation', fields: ['usersActivated', 'seatsPurchased'] }. */
export function ratioSources(): { dimension: Dimension; fields: FieldId[] }[] {
  return DIMENSIONS.flatMap((d) => {
    const source = DIMENSION_SPECS[d].source;
    return source.type === 'ratio' ? [{ dimension: d, fields: [source.count, source.denominator] }] : [];
  });
}
