export { checkHealth, type HealthStatus } from './check-health.ts';
