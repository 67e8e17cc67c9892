/**
 * What each canonical field is called in the exports reps actually get:
 * English, French, Portuguese (Brazil) and Japanese wording, plus the vendors'
 * own export names of tracker.md §2. Written as a rep would read them; they
 * are compared after `normalizeHeader`, so case, accents, width, spacing and
 * punctuation do not matter ('Licences attribuées' also matches
 * 'LICENCES_ATTRIBUEES').
 *
 * A percent column named after a count ('Assigned %', 'Utilisateurs actifs
 * (%)') needs no entry of its own: match.ts scores it as the count's percent
 * twin (PERCENT_OF_COUNT).
 */
import type { FieldId } from '../tracker/fields';

export const SYNONYMS: Readonly<Record<FieldId, readonly string[]>> = {
  client: [
    // vendors
    'customerName', 'Organization Name', 'Tenant Name', 'Company Name',
    // English
    'Customer', 'Client', 'Client Name', 'Company', 'Organization', 'Organisation', 'Organisation Name',
    'Org', 'Org Name', 'Tenant', 'Account', 'Account Name', 'End Customer', 'End Customer Name', 'End User',
    'Customer Company', 'Business Name', 'Customer Organization', 'Reseller Customer', 'Partner Customer',
    // French
    'Nom du client', 'Nom client', 'Société', 'Raison sociale', 'Entreprise', 'Nom de l’entreprise',
    'Nom de la société', 'Organisation cliente', 'Client final', 'Compte', 'Nom du compte',
    'Nom du locataire', 'Locataire',
    // Portuguese (Brazil)
    'Cliente', 'Nome do cliente', 'Nome cliente', 'Empresa', 'Nome da empresa', 'Razão social', 'Organização',
    'Nome da organização', 'Conta', 'Nome da conta', 'Cliente final', 'Locatário', 'Nome do locatário',
    // Japanese
    '顧客', '顧客名', '会社名', '企業名', '取引先', '取引先名', 'テナント名', '組織名', 'お客様名', '法人名',
    'エンドユーザー名', '顧客企業名', 'アカウント名', '社名',
  ],
  clientId: [
    'customerId', 'CustomerTenantId', 'Tenant ID', 'Tenant GUID',
    'Microsoft ID', 'Client ID', 'Organization ID', 'Org ID', 'Account ID', 'Customer Number', 'Account Number',
    'Directory ID', 'Adobe Customer ID', 'Customer Reference', 'Tenant Identifier',
    'Identifiant client', 'Identifiant du client', 'ID client', 'Numéro client', 'Identifiant du locataire',
    'ID du locataire', 'Identifiant du tenant', 'ID tenant', 'Référence client',
    'ID do cliente', 'Código do cliente', 'Identificador do cliente', 'ID do locatário', 'ID do tenant',
    'Número do cliente',
    'テナントID', '顧客ID', '顧客番号', '顧客コード', '取引先ID', '取引先コード', '組織ID', 'テナント識別子',
  ],
  product: [
    'productName', 'Product', 'Offer', 'Offer Name', 'SKU', 'SKU Name', 'Subscription',
    'Subscription Name', 'Plan', 'License Type', 'Licence Type', 'Edition', 'Service',
    'Produit', 'Nom du produit', 'Offre', 'Abonnement', 'Type de licence',
    'Produto', 'Nome do produto', 'Oferta', 'Assinatura', 'Plano', 'Tipo de licença', 'Edição',
    '製品', '製品名', '商品名', 'プロダクト', 'サブスクリプション', 'プラン', 'ライセンス種別', 'エディション',
  ],
  adminName: [
    'Admin Name', 'Admin', 'Administrator', 'Administrator Name', 'Admin Contact', 'Admin Contact Name',
    'Primary Contact', 'Contact', 'Contact Name', 'IT Contact', 'Global Admin', 'Main Contact',
    'Nom de l’administrateur', 'Administrateur', 'Nom admin', 'Contact admin',
    'Contact principal', 'Nom du contact', 'Interlocuteur',
    'Nome do administrador', 'Administrador', 'Nome do admin', 'Contato', 'Nome do contato', 'Contato principal',
    'Responsável',
    '管理者', '管理者名', '担当者', '担当者名', '連絡先担当者', '管理者氏名', '担当者氏名', '管理担当者',
  ],
  adminEmail: [
    'Admin Email', 'Administrator Email', 'Admin Contact Email', 'Contact Email', 'Email',
    'Email Address', 'Mail', 'Primary Contact Email', 'IT Contact Email', 'Admin Mail',
    'E-mail de l’administrateur', 'Email admin', 'Courriel', 'Adresse e-mail',
    'Adresse électronique', 'Courriel de l’administrateur', 'E-mail du contact',
    'E-mail do administrador', 'Endereço de e-mail', 'E-mail do contato',
    '管理者メール', '管理者メールアドレス', 'メールアドレス', 'メール', '担当者メールアドレス', '連絡先メール',
    'Eメール',
  ],
  language: [
    'Language', 'Preferred Language', 'Locale', 'Lang', 'Communication Language', 'Customer Language',
    'Langue', 'Langue préférée', 'Langue de communication', 'Langue du client',
    'Idioma', 'Idioma preferido', 'Língua', 'Idioma do cliente',
    '言語', '使用言語', '優先言語', '希望言語', 'ロケール',
  ],
  activationLink: [
    'Activation Link', 'Tenant Activation link', 'Activation URL', 'Invitation Link', 'Invite Link',
    'Onboarding Link', 'Setup Link',
    'Lien d’activation', 'URL d’activation', 'Lien d’invitation',
   
    'Link de ativação', 'URL de ativação', 'Link de convite',
    'アクティベーションリンク', 'アクティベーションURL', '有効化リンク', 'アクティブ化リンク', '招待リンク',
  ],
  seatsPurchased: [
    // vendors
    'licensesSold', 'Licenses', 'currentQuantity', 'Licenses Purchased',
    // English
    'Purchased', 'Licences', 'Licences Purchased', 'Purchased Licenses', 'Purchased Licences',
    'Seats', 'Seats Purchased', 'Purchased Seats', 'Total Licenses', 'Total Seats',
    'Entitlement', 'Entitlements', 'Entitled', 'Entitled Licenses', 'Quantity', 'License Quantity',
    'Licence Quantity', 'Licenses Owned', 'Available Licenses', 'Prepaid Units', 'Total Units', 'Seat Count',
    'License Count', 'Ordered', 'Ordered Quantity',
    // French
    'Licences achetées', 'Licences vendues', 'Licences acquises', 'Nombre de licences', 'Total licences',
    'Quantité', 'Quantité de licences', 'Postes', 'Postes achetés', 'Droits', 'Licences commandées',
    // Portuguese (Brazil)
    'Licenças compradas', 'Licenças adquiridas', 'Licenças vendidas', 'Licenças', 'Quantidade',
    'Quantidade de licenças', 'Total de licenças', 'Número de licenças', 'Assentos', 'Assentos comprados',
    // Japanese
    '購入ライセンス数', '購入ライセンス', 'ライセンス数', '購入数', '契約ライセンス数', '契約数', '数量',
    'ライセンス購入数', '総ライセンス数', '購入済みライセンス', 'シート数',
  ],
  seatsAssigned: [
    // vendors
    'licensesDeployed', 'Assigned', 'usedQuantity', 'Licenses Assigned',
    // English
    'Deployed', 'Licences Assigned', 'Licences Deployed', 'Assigned Licenses',
    'Assigned Licences', 'Deployed Licenses', 'Seats Assigned', 'Assigned Seats', 'Consumed', 'Consumed Units',
    'Used Licenses', 'Licenses Used', 'Used', 'Allocated', 'Allocated Licenses', 'Licenses Allocated',
    'Assigned Users', 'Provisioned', 'Users Assigned',
    // French
    'Licences attribuées', 'Licences assignées', 'Licences déployées', 'Attribuées', 'Licences utilisées',
    'Licences affectées', 'Postes attribués', 'Attribuées aux utilisateurs',
    // Portuguese (Brazil)
    'Licenças atribuídas', 'Licenças implantadas', 'Licenças designadas', 'Atribuídas', 'Licenças usadas',
    'Licenças utilizadas', 'Licenças alocadas', 'Assentos atribuídos',
    // Japanese
    '割り当て済みライセンス', '割り当て済みライセンス数', '割り当てライセンス数', '割り当て数', '割当数',
    '割当ライセンス数', '展開ライセンス数', '展開済みライセンス', '使用ライセンス数', '配布ライセンス数',
    '割り当て済み',
  ],
  usersActivated: [
    'Activated', 'Activated Users', 'Users Activated', 'Activations', 'Activated Seats', 'Activated Licenses',
    'Activated Licences', 'Activated Count',
    'Utilisateurs activés', 'Activés', 'Licences activées', 'Nombre d’activations',
    'Utilisateurs ayant activé',
    'Usuários ativados', 'Ativados', 'Licenças ativadas', 'Número de ativações',
    'アクティブ化されたユーザー', 'アクティブ化済みユーザー', 'アクティベート済みユーザー', 'アクティベーション数',
    'アクティベーション済みユーザー数', 'アクティベーション済みユーザー', 'アクティベーション済み', 'アクティベート済みユーザー数',
    '有効化ユーザー数', '有効化済みユーザー', 'ライセンス認証済みユーザー', 'アクティブ化ユーザー数',
  ],
  activeUsers: [
    'licensesActive', 'Active Users', 'Active Users (28 days)', 'Active Users (30 days)', 'Monthly Active Users',
    'MAU', 'Active', 'Active Licenses', 'Active Seats', 'Users Active', 'Active in Last 28 Days',
    'Utilisateurs actifs', 'Utilisateurs actifs (28 jours)', 'Actifs', 'Licences actives',
    'Usuários ativos', 'Usuários ativos (28 dias)', 'Ativos', 'Licenças ativas',
    'アクティブユーザー', 'アクティブユーザー数', 'アクティブユーザー数(28日間)', '利用ユーザー数', '利用者数',
    'アクティブライセンス数',
  ],
  activationPct: [
    'Activation rate', 'Activation %', 'Activation Percent', 'Activation Percentage', 'Activated Percent',
    'Activation Ratio',
    'Taux d’activation', 'Pourcentage d’activation',
    'Taxa de ativação', 'Percentual de ativação', 'Porcentagem de ativação',
    'アクティベーション率', 'アクティブ化率', '有効化率', 'ライセンス認証率',
  ],
  deploymentPct: [
    'deploymentPercent', 'Deployment %', 'Deployment rate', 'Deployment Percentage',
    'Assignment rate', 'Deployment Ratio',
    'Taux de déploiement', 'Taux d’attribution', 'Pourcentage de déploiement',
    'Taxa de implantação', 'Taxa de implementação', 'Taxa de atribuição', 'Percentual de implantação',
    '展開率', '割り当て率', '割当率', 'デプロイ率', '配布率',
  ],
  usagePct: [
    'usagePercent', 'Usage %', 'Usage rate', 'Usage Percentage', 'Utilization',
    'Utilization rate', 'Utilisation rate', 'Usage Ratio',
    'Taux d’utilisation', 'Pourcentage d’utilisation',
    'Taux d’usage',
    'Taxa de uso', 'Taxa de utilização', 'Percentual de uso',
    '利用率', '使用率', 'アクティブ率', '稼働率',
  ],
  startDate: [
    'Start Date', 'Anniversary Date', 'Subscription Start Date', 'Order Date', 'Purchase Date', 'Start',
    'Contract Start', 'Contract Start Date', 'Effective Date', 'Created Date', 'Creation Date', 'Date',
    'Provisioning Date', 'Commerce Start Date', 'Term Start Date',
    'Date de début', 'Début', 'Date d’achat', 'Date de commande', 'Date de souscription',
    'Date de début d’abonnement', 'Date d’anniversaire',
    'Data de início', 'Início', 'Data da compra', 'Data do pedido', 'Data de início da assinatura',
    'Data de aniversário',
    '開始日', '利用開始日', '契約開始日', '購入日', '注文日', '開始日付', 'サブスクリプション開始日', '契約日',
  ],
};
