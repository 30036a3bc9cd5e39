-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "Organization" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "name" TEXT NOT NULL,
    "doNotRemoveRolesOnChangeBusinessUnit" BOOLEAN NOT NULL DEFAULT false,
    "hierarchySecurity" BOOLEAN NOT NULL DEFAULT false,
    "revision" INTEGER NOT NULL DEFAULT 0,
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Organization_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BusinessUnit" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "nameLower" TEXT NOT NULL,
    "parentId" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "BusinessUnit_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DataTable" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "nameLower" TEXT NOT NULL,
    "ownership" TEXT NOT NULL DEFAULT 'User',
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "DataTable_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SystemUser" (
    "id" TEXT NOT NULL,
    "logon" TEXT NOT NULL,
    "logonLower" TEXT NOT NULL,
    "fullName" TEXT NOT NULL DEFAULT '',
    "fullNameLower" TEXT NOT NULL DEFAULT '',
    "businessUnitId" TEXT NOT NULL,
    "accessMode" TEXT NOT NULL DEFAULT 'ReadWrite',
    "disabled" BOOLEAN NOT NULL DEFAULT false,
    "applicationUser" BOOLEAN NOT NULL DEFAULT false,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SystemUser_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Team" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "nameLower" TEXT NOT NULL,
    "businessUnitId" TEXT NOT NULL,
    "type" TEXT NOT NULL DEFAULT 'Owner',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Team_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TeamMembership" (
    "teamId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "addedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TeamMembership_pkey" PRIMARY KEY ("teamId","userId")
);

-- CreateTable
CREATE TABLE "SecurityRole" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "nameLower" TEXT NOT NULL,
    "businessUnitId" TEXT NOT NULL,
    "inheritance" TEXT NOT NULL DEFAULT 'Direct',
    "description" TEXT NOT NULL DEFAULT '',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SecurityRole_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RolePrivilege" (
    "roleId" TEXT NOT NULL,
    "privilege" TEXT NOT NULL,
    "privilegeLower" TEXT NOT NULL,
    "level" TEXT NOT NULL,

    CONSTRAINT "RolePrivilege_pkey" PRIMARY KEY ("roleId","privilegeLower")
);

-- CreateTable
CREATE TABLE "UserRole" (
    "userId" TEXT NOT NULL,
    "roleId" TEXT NOT NULL,
    "assignedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "UserRole_pkey" PRIMARY KEY ("userId","roleId")
);

-- CreateTable
CREATE TABLE "TeamRole" (
    "teamId" TEXT NOT NULL,
    "roleId" TEXT NOT NULL,
    "assignedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TeamRole_pkey" PRIMARY KEY ("teamId","roleId")
);

-- CreateTable
CREATE TABLE "ServiceAccount" (
    "id" TEXT NOT NULL,
    "service" TEXT NOT NULL,
    "identity" TEXT NOT NULL DEFAULT 'NetworkService',
    "servers" TEXT[],
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ServiceAccount_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ServiceIdentityChange" (
    "id" TEXT NOT NULL,
    "serviceAccountId" TEXT NOT NULL,
    "fromIdentity" TEXT NOT NULL,
    "toIdentity" TEXT NOT NULL,
    "reason" TEXT NOT NULL DEFAULT '',
    "actorName" TEXT NOT NULL,
    "changedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ServiceIdentityChange_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DirectoryGroup" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "DirectoryGroup_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DirectoryGroupMember" (
    "groupId" TEXT NOT NULL,
    "account" TEXT NOT NULL,
    "accountLower" TEXT NOT NULL,
    "reason" TEXT NOT NULL DEFAULT '',
    "addedBy" TEXT NOT NULL DEFAULT '',
    "addedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DirectoryGroupMember_pkey" PRIMARY KEY ("groupId","accountLower")
);

-- CreateTable
CREATE TABLE "PluginStep" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "assembly" TEXT NOT NULL DEFAULT '',
    "typeName" TEXT NOT NULL DEFAULT '',
    "message" TEXT NOT NULL,
    "table" TEXT NOT NULL,
    "stage" TEXT NOT NULL DEFAULT 'PostOperation',
    "mode" TEXT NOT NULL DEFAULT 'Synchronous',
    "isolation" TEXT NOT NULL DEFAULT 'Sandbox',
    "deployment" TEXT NOT NULL DEFAULT 'Server',
    "runAsUserId" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "PluginStep_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PluginOperation" (
    "id" TEXT NOT NULL,
    "stepId" TEXT NOT NULL,
    "ordinal" INTEGER NOT NULL,
    "runAs" TEXT NOT NULL DEFAULT 'context',
    "action" TEXT NOT NULL,
    "table" TEXT NOT NULL,
    "record" JSONB,
    "description" TEXT NOT NULL DEFAULT '',

    CONSTRAINT "PluginOperation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SavedCheck" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "check" JSONB NOT NULL,
    "lastResult" JSONB,
    "lastRunAt" TIMESTAMP(3),
    "createdBy" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "SavedCheck_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditEvent" (
    "id" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actorId" TEXT,
    "actorName" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "targetType" TEXT NOT NULL,
    "targetId" TEXT,
    "targetLabel" TEXT NOT NULL DEFAULT '',
    "before" JSONB,
    "after" JSONB,
    "reason" TEXT NOT NULL DEFAULT '',

    CONSTRAINT "AuditEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ConsoleAccount" (
    "id" TEXT NOT NULL,
    "username" TEXT NOT NULL,
    "usernameLower" TEXT NOT NULL,
    "displayName" TEXT NOT NULL DEFAULT '',
    "passwordHash" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "disabled" BOOLEAN NOT NULL DEFAULT false,
    "sessionVersion" INTEGER NOT NULL DEFAULT 1,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastSignInAt" TIMESTAMP(3),

    CONSTRAINT "ConsoleAccount_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ApiToken" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "prefix" TEXT NOT NULL,
    "scope" TEXT NOT NULL,
    "accountId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastUsedAt" TIMESTAMP(3),
    "revokedAt" TIMESTAMP(3),

    CONSTRAINT "ApiToken_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "BusinessUnit_nameLower_key" ON "BusinessUnit"("nameLower");

-- CreateIndex
CREATE INDEX "BusinessUnit_parentId_idx" ON "BusinessUnit"("parentId");

-- CreateIndex
CREATE UNIQUE INDEX "DataTable_nameLower_key" ON "DataTable"("nameLower");

-- CreateIndex
CREATE UNIQUE INDEX "SystemUser_logonLower_key" ON "SystemUser"("logonLower");

-- CreateIndex
CREATE INDEX "SystemUser_businessUnitId_logonLower_idx" ON "SystemUser"("businessUnitId", "logonLower");

-- CreateIndex
CREATE INDEX "SystemUser_fullNameLower_idx" ON "SystemUser"("fullNameLower");

-- CreateIndex
CREATE INDEX "SystemUser_disabled_logonLower_idx" ON "SystemUser"("disabled", "logonLower");

-- CreateIndex
CREATE INDEX "SystemUser_accessMode_logonLower_idx" ON "SystemUser"("accessMode", "logonLower");

-- CreateIndex
CREATE UNIQUE INDEX "Team_nameLower_key" ON "Team"("nameLower");

-- CreateIndex
CREATE INDEX "Team_businessUnitId_idx" ON "Team"("businessUnitId");

-- CreateIndex
CREATE INDEX "TeamMembership_userId_idx" ON "TeamMembership"("userId");

-- CreateIndex
CREATE INDEX "SecurityRole_nameLower_idx" ON "SecurityRole"("nameLower");

-- CreateIndex
CREATE UNIQUE INDEX "SecurityRole_businessUnitId_nameLower_key" ON "SecurityRole"("businessUnitId", "nameLower");

-- CreateIndex
CREATE INDEX "RolePrivilege_privilegeLower_level_idx" ON "RolePrivilege"("privilegeLower", "level");

-- CreateIndex
CREATE INDEX "UserRole_roleId_idx" ON "UserRole"("roleId");

-- CreateIndex
CREATE INDEX "TeamRole_roleId_idx" ON "TeamRole"("roleId");

-- CreateIndex
CREATE UNIQUE INDEX "ServiceAccount_service_key" ON "ServiceAccount"("service");

-- CreateIndex
CREATE INDEX "ServiceIdentityChange_serviceAccountId_changedAt_idx" ON "ServiceIdentityChange"("serviceAccountId", "changedAt");

-- CreateIndex
CREATE UNIQUE INDEX "DirectoryGroup_name_key" ON "DirectoryGroup"("name");

-- CreateIndex
CREATE INDEX "DirectoryGroupMember_accountLower_idx" ON "DirectoryGroupMember"("accountLower");

-- CreateIndex
CREATE INDEX "PluginStep_table_message_idx" ON "PluginStep"("table", "message");

-- CreateIndex
CREATE INDEX "PluginOperation_stepId_ordinal_idx" ON "PluginOperation"("stepId", "ordinal");

-- CreateIndex
CREATE INDEX "SavedCheck_createdAt_idx" ON "SavedCheck"("createdAt");

-- CreateIndex
CREATE INDEX "AuditEvent_at_idx" ON "AuditEvent"("at");

-- CreateIndex
CREATE INDEX "AuditEvent_targetType_targetId_at_idx" ON "AuditEvent"("targetType", "targetId", "at");

-- CreateIndex
CREATE INDEX "AuditEvent_actorName_at_idx" ON "AuditEvent"("actorName", "at");

-- CreateIndex
CREATE INDEX "AuditEvent_action_at_idx" ON "AuditEvent"("action", "at");

-- CreateIndex
CREATE UNIQUE INDEX "ConsoleAccount_usernameLower_key" ON "ConsoleAccount"("usernameLower");

-- CreateIndex
CREATE UNIQUE INDEX "ApiToken_tokenHash_key" ON "ApiToken"("tokenHash");

-- AddForeignKey
ALTER TABLE "BusinessUnit" ADD CONSTRAINT "BusinessUnit_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "BusinessUnit"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SystemUser" ADD CONSTRAINT "SystemUser_businessUnitId_fkey" FOREIGN KEY ("businessUnitId") REFERENCES "BusinessUnit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Team" ADD CONSTRAINT "Team_businessUnitId_fkey" FOREIGN KEY ("businessUnitId") REFERENCES "BusinessUnit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TeamMembership" ADD CONSTRAINT "TeamMembership_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TeamMembership" ADD CONSTRAINT "TeamMembership_userId_fkey" FOREIGN KEY ("userId") REFERENCES "SystemUser"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SecurityRole" ADD CONSTRAINT "SecurityRole_businessUnitId_fkey" FOREIGN KEY ("businessUnitId") REFERENCES "BusinessUnit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RolePrivilege" ADD CONSTRAINT "RolePrivilege_roleId_fkey" FOREIGN KEY ("roleId") REFERENCES "SecurityRole"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UserRole" ADD CONSTRAINT "UserRole_userId_fkey" FOREIGN KEY ("userId") REFERENCES "SystemUser"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UserRole" ADD CONSTRAINT "UserRole_roleId_fkey" FOREIGN KEY ("roleId") REFERENCES "SecurityRole"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TeamRole" ADD CONSTRAINT "TeamRole_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TeamRole" ADD CONSTRAINT "TeamRole_roleId_fkey" FOREIGN KEY ("roleId") REFERENCES "SecurityRole"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ServiceIdentityChange" ADD CONSTRAINT "ServiceIdentityChange_serviceAccountId_fkey" FOREIGN KEY ("serviceAccountId") REFERENCES "ServiceAccount"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DirectoryGroupMember" ADD CONSTRAINT "DirectoryGroupMember_groupId_fkey" FOREIGN KEY ("groupId") REFERENCES "DirectoryGroup"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PluginStep" ADD CONSTRAINT "PluginStep_runAsUserId_fkey" FOREIGN KEY ("runAsUserId") REFERENCES "SystemUser"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PluginOperation" ADD CONSTRAINT "PluginOperation_stepId_fkey" FOREIGN KEY ("stepId") REFERENCES "PluginStep"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApiToken" ADD CONSTRAINT "ApiToken_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "ConsoleAccount"("id") ON DELETE CASCADE ON UPDATE CASCADE;
