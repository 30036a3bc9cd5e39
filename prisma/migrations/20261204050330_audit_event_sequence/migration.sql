-- Rows already stored are numbered in the order the table holds them, which for
-- an append-only log is close to, but not guaranteed to be, the write order.
-- AlterTable
ALTER TABLE "AuditEvent" ADD COLUMN     "seq" SERIAL NOT NULL;

-- CreateIndex
CREATE UNIQUE INDEX "AuditEvent_seq_key" ON "AuditEvent"("seq");
