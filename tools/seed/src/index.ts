/** What benchmarks and API tests use of the seed generator: believable firms, in memory or stored. */
export { generateCompanies } from './company-generator';
export { insertCompanies } from './insert-companies';
export { NameRegistry } from './name-registry';
export { seedCompanies, type SeedCompaniesOptions } from './seed-companies';
export type { SeedCompany } from './seed-company';
export { generateOpportunities, type PostingFirm } from './opportunity-generator';
export { seedOpportunities } from './seed-opportunities';
export { seedDemoDataIfEmpty } from './demo-data';
