package org.renkei.oncall.internal;

import org.springframework.data.jpa.repository.JpaRepository;

public interface BriefChoices extends JpaRepository<BriefChoice, Long> {}
