package com.bridgecoach.store;

import java.sql.Connection;
import java.sql.SQLException;

/** Runs work on one connection of the store in one transaction: committed when it returns, rolled back when it throws. */
final class Transactions {

    /** Work done inside the transaction. */
    @FunctionalInterface
    interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    private Transactions() {
    }

    static <T> T inTransaction(Database db, Work<T> work) throws SQLException {
        try (Connection c = db.dataSource().getConnection()) {
            c.setAutoCommit(false);
            try {
                T result = work.run(c);
                c.commit();
                return result;
            } catch (SQLException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        }
    }
}
