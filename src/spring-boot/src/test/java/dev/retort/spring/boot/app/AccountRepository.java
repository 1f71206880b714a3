package dev.retort.spring.boot.app;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

/** A derived JPA query over the migrated table. */
public interface AccountRepository extends JpaRepository<Account, Long> {

    List<Account> findByNameStartingWithOrderByIdAsc(String prefix);
}
