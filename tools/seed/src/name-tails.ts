import type { Weighted } from './random';

export const PK_GOODS_TAILS: Weighted<string> = [
  ['', 3],
  [' (Pvt) Ltd', 4],
  [' Industries', 2],
  [' Industries (Pvt) Ltd', 1],
  [' Traders', 1],
  [' Exports', 1],
  [' International', 1],
  [' Enterprises', 1],
  [' Corporation', 0.5],
  [' & Co.', 0.5],
];

export const PK_SERVICE_TAILS: Weighted<string> = [
  ['', 3],
  [' (Pvt) Ltd', 4],
  [' International', 1],
  [' Services', 1],
  [' Pakistan', 0.5],
];

/** Names already ending in a noun like "Mills" take only a legal form after it. */
export const PK_PLAIN_TAILS: Weighted<string> = [
  ['', 3],
  [' (Pvt) Ltd', 4],
  [' Ltd', 1],
];

export const AZ_TAILS: Weighted<string> = [
  [' MMC', 10],
  [' ASC', 2],
  [' QSC', 1],
  [' Ticarət MMC', 2],
  [' Group MMC', 1],
  [' İstehsalat MMC', 1],
  [' Servis MMC', 1],
  [' İnvest MMC', 0.5],
  [' Holdinq', 0.5],
];

export const AZ_EN_ROLES: Weighted<string> = [
  ['', 3],
  [' Distribution', 1],
  [' Trading', 1],
  [' Import', 0.5],
];

export const AZ_EN_TAILS: Weighted<string> = [
  [' LLC', 5],
  [' MMC', 2],
  [' Group', 1],
  [' Company', 1],
];
