package dev.retort.runtime.exec;

import dev.retort.model.Cast;
import dev.retort.model.Deferrable;
import dev.retort.model.Identity;
import dev.retort.model.IndexKey;
import dev.retort.model.ReferentialAction;
import dev.retort.model.Sequence;
import dev.retort.model.SqlType;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.retort.api.Schema.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The map between the API's values and the model: each value survives the way there and back. */
class ApiModelTest {

    @Test
    void modelValuesSurviveTheApiAndBack() {
        for (SqlType t : List.of(SqlType.of("uuid"), SqlType.withLength("varchar", 20).asArray(),
                SqlType.withPrecision("numeric", 12, 2), SqlType.withModifiers("geometry", "Point,4326"))) {
            assertEquals(t, ApiModel.model(ApiModel.api(t)));
        }
        for (Identity id : List.of(Identity.byDefault(), Identity.generatedAlways(), new Identity(false, 1000L, null),
                new Identity(true, 1L, -1L))) {
            assertEquals(id, ApiModel.model(ApiModel.api(id)));
        }
        for (Sequence s : List.of(new Sequence("s", 1, 1), new Sequence("s", -1, -1), new Sequence("s", 3000000000L, 5))) {
            assertEquals(s, ApiModel.model(ApiModel.api(s)));
        }
        for (Cast c : List.of(Cast.implicitInout("varchar", "mood"),
                new Cast("old_mood", "varchar", Cast.Context.ASSIGNMENT, Cast.Method.FUNCTION, "f(old_mood)"))) {
            assertEquals(c, ApiModel.model(ApiModel.api(c)));
        }
        IndexKey key = new IndexKey(null, "lower(name)", true, "C", "text_pattern_ops");
        assertEquals(key, ApiModel.model(ApiModel.api(key)));
        for (ReferentialAction a : ReferentialAction.values()) {
            assertEquals(a, ApiModel.model(ApiModel.api(a)));
        }
        for (Deferrable d : Deferrable.values()) {
            assertEquals(d, ApiModel.model(ApiModel.api(d)));
        }
    }

    @Test
    void aSequenceWithoutAStartGetsPostgresqlsDefault() {
        assertEquals(new Sequence("s", 1, 50), ApiModel.model(sequence("s").incrementBy(50)));
        assertEquals(new Sequence("s", -1, -1), ApiModel.model(sequence("s").incrementBy(-1)));
    }
}
