export { listAppTables, type AppTable } from './app-tables.ts';
export { BACKUP_FORMAT, BACKUP_FORMAT_VERSION, BackupFileError, type BackupHeader } from './backup-format.ts';
export { restoreBackup, RestoreRefusedError, type RestoreOptions } from './restore-backup.ts';
export { writeBackup } from './write-backup.ts';
