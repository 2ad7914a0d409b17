package org.renkei.directory.internal;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface Associations extends JpaRepository<Association, Long> {

    Optional<Association> findByCode(String code);
}
