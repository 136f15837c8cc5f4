"""Repositories: each wraps the unit of work's Session and returns frozen records."""

from desktop.store.repositories.audit import AuditRepository, ConflictRepository
from desktop.store.repositories.bank import BankRepository
from desktop.store.repositories.closings import ClosingRepository
from desktop.store.repositories.files import AttachmentRepository, ChunkRepository
from desktop.store.repositories.keys import KeyRepository
from desktop.store.repositories.kv import KeyValueRepository
from desktop.store.repositories.master import MasterDataRepository, UserRepository
from desktop.store.repositories.numbers import NumberRepository
from desktop.store.repositories.orders import OrderRepository
from desktop.store.repositories.outbox import OutboxRepository

__all__ = [
    "AttachmentRepository", "AuditRepository", "BankRepository", "ChunkRepository", "ClosingRepository",
    "ConflictRepository", "KeyRepository", "KeyValueRepository",
    "MasterDataRepository", "NumberRepository", "OrderRepository", "OutboxRepository", "UserRepository",
]
