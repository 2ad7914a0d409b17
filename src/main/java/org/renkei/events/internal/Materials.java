package org.renkei.events.internal;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface Materials extends JpaRepository<Material, Long> {

    /** Which of these meetings have materials (without reading the files). */
    @Query("select m.meetingId from Material m where m.meetingId in ?1")
    List<Long> withMaterials(Collection<Long> meetingIds);
}
