package com.gridwall.feed.sim;

import static com.gridwall.domain.Category.CITY_MANAGEMENT;
import static com.gridwall.domain.Category.DISPUTE;
import static com.gridwall.domain.Category.ELDERLY_CARE;
import static com.gridwall.domain.Category.FIRE;
import static com.gridwall.domain.Category.FLOOD;
import static com.gridwall.domain.Category.LIVELIHOOD;
import static com.gridwall.domain.Category.PROPERTY;
import static com.gridwall.domain.Category.PUBLIC_ORDER;
import static com.gridwall.domain.Category.SAFETY_HAZARD;
import static com.gridwall.domain.Category.SANITATION;
import static com.gridwall.domain.Category.TRAFFIC;

import com.gridwall.domain.Category;
import com.gridwall.domain.Department;
import com.gridwall.domain.Source;
import java.util.EnumMap;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The shares DOMAIN.md and the seed articles suggest: which sources report how much, what each
 * source reports, which department handles what, how severe it is and how it reads on the wall.
 * Immutable.
 */
final class DomainMix {
    static final Mix<Source> SOURCES = new Mix<>(
            Source.HOTLINE_12345, 35, Source.GRID_PATROL, 25, Source.AI_VIDEO, 12,
            Source.IOT_SENSOR, 10, Source.RESIDENT_APP, 10, Source.POLICE_110, 8);

    private static final Map<Source, Mix<Category>> CATEGORY_BY_SOURCE = new EnumMap<>(Source.class);
    private static final Map<Category, Mix<Department>> DEPARTMENT_BY_CATEGORY = new EnumMap<>(Category.class);
    private static final Map<Category, String[]> PHRASES = new EnumMap<>(Category.class);

    static final Mix<Source> FLOOD_SOURCES = new Mix<>(
            Source.IOT_SENSOR, 30, Source.GRID_PATROL, 30, Source.HOTLINE_12345, 25, Source.RESIDENT_APP, 15);
    static final Mix<Category> FLOOD_CATEGORIES = new Mix<>(FLOOD, 60, SAFETY_HAZARD, 40);
    static final Mix<Source> CROWD_SOURCES = new Mix<>(
            Source.POLICE_110, 30, Source.AI_VIDEO, 30, Source.GRID_PATROL, 20, Source.HOTLINE_12345, 20);
    static final Mix<Category> CROWD_CATEGORIES = new Mix<>(
            PUBLIC_ORDER, 30, TRAFFIC, 30, SANITATION, 20, CITY_MANAGEMENT, 15, SAFETY_HAZARD, 5);

    static {
        CATEGORY_BY_SOURCE.put(Source.HOTLINE_12345, new Mix<>(LIVELIHOOD, 30, PROPERTY, 14, CITY_MANAGEMENT, 15,
                SANITATION, 12, DISPUTE, 10, TRAFFIC, 6, SAFETY_HAZARD, 6, ELDERLY_CARE, 4, PUBLIC_ORDER, 3));
        CATEGORY_BY_SOURCE.put(Source.GRID_PATROL, new Mix<>(SAFETY_HAZARD, 30, SANITATION, 20, CITY_MANAGEMENT, 20,
                DISPUTE, 12, ELDERLY_CARE, 8, PROPERTY, 7, FIRE, 3));
        CATEGORY_BY_SOURCE.put(Source.AI_VIDEO, new Mix<>(CITY_MANAGEMENT, 50, SAFETY_HAZARD, 30, TRAFFIC, 15, FIRE, 5));
        CATEGORY_BY_SOURCE.put(Source.IOT_SENSOR, new Mix<>(ELDERLY_CARE, 35, SAFETY_HAZARD, 25, FLOOD, 15, FIRE, 15,
                PUBLIC_ORDER, 10));
        CATEGORY_BY_SOURCE.put(Source.RESIDENT_APP, new Mix<>(SANITATION, 25, LIVELIHOOD, 25, CITY_MANAGEMENT, 20,
                PROPERTY, 20, SAFETY_HAZARD, 10));
        CATEGORY_BY_SOURCE.put(Source.POLICE_110, new Mix<>(PUBLIC_ORDER, 45, DISPUTE, 35, TRAFFIC, 15, SAFETY_HAZARD, 5));

        DEPARTMENT_BY_CATEGORY.put(SAFETY_HAZARD, new Mix<>(Department.EMERGENCY, 40, Department.HOUSING, 30, Department.STREET_OFFICE, 30));
        DEPARTMENT_BY_CATEGORY.put(DISPUTE, new Mix<>(Department.JUSTICE, 55, Department.STREET_OFFICE, 45));
        DEPARTMENT_BY_CATEGORY.put(LIVELIHOOD, new Mix<>(Department.CIVIL_AFFAIRS, 35, Department.STREET_OFFICE, 35,
                Department.MARKET_REGULATION, 15, Department.HEALTH, 15));
        DEPARTMENT_BY_CATEGORY.put(SANITATION, new Mix<>(Department.URBAN_MANAGEMENT, 65, Department.ENVIRONMENT, 35));
        DEPARTMENT_BY_CATEGORY.put(CITY_MANAGEMENT, new Mix<>(Department.URBAN_MANAGEMENT, 90, Department.MARKET_REGULATION, 10));
        DEPARTMENT_BY_CATEGORY.put(PUBLIC_ORDER, new Mix<>(Department.POLICE, 100));
        DEPARTMENT_BY_CATEGORY.put(FIRE, new Mix<>(Department.FIRE_RESCUE, 100));
        DEPARTMENT_BY_CATEGORY.put(TRAFFIC, new Mix<>(Department.POLICE, 80, Department.URBAN_MANAGEMENT, 20));
        DEPARTMENT_BY_CATEGORY.put(PROPERTY, new Mix<>(Department.HOUSING, 70, Department.STREET_OFFICE, 30));
        DEPARTMENT_BY_CATEGORY.put(FLOOD, new Mix<>(Department.WATER, 55, Department.EMERGENCY, 45));
        DEPARTMENT_BY_CATEGORY.put(ELDERLY_CARE, new Mix<>(Department.CIVIL_AFFAIRS, 70, Department.HEALTH, 30));

        PHRASES.put(SAFETY_HAZARD, new String[]{"高空抛物", "楼道堆放杂物", "电动车楼道充电", "燃气泄漏报警", "广告牌松动"});
        PHRASES.put(DISPUTE, new String[]{"邻里噪音纠纷", "物业费纠纷", "宅基地边界纠纷", "劳资纠纷"});
        PHRASES.put(LIVELIHOOD, new String[]{"小区停水", "路灯不亮", "供暖不热", "食品安全投诉"});
        PHRASES.put(SANITATION, new String[]{"垃圾未及时清运", "污水外溢", "公厕卫生差"});
        PHRASES.put(CITY_MANAGEMENT, new String[]{"占道经营", "违章搭建", "共享单车乱停放", "井盖缺失"});
        PHRASES.put(PUBLIC_ORDER, new String[]{"可疑人员徘徊", "门禁异常开启", "聚集滋事"});
        PHRASES.put(FIRE, new String[]{"烟感报警", "消防通道堵塞", "灭火器过期"});
        PHRASES.put(TRAFFIC, new String[]{"路口拥堵", "信号灯故障", "违停占用消防通道"});
        PHRASES.put(PROPERTY, new String[]{"电梯故障", "楼顶漏水", "物业服务不到位"});
        PHRASES.put(FLOOD, new String[]{"道路积水超警戒", "地下车库进水", "排水管网倒灌", "低洼院落积水"});
        PHRASES.put(ELDERLY_CARE, new String[]{"独居老人24小时无开门记录", "老人走失求助", "助餐服务申请"});
    }

    private DomainMix() {
    }

    static Category category(Source source, SplittableRandom rnd) {
        return CATEGORY_BY_SOURCE.get(source).pick(rnd);
    }

    static Department department(Category category, SplittableRandom rnd) {
        return DEPARTMENT_BY_CATEGORY.get(category).pick(rnd);
    }

    /** A department other than {@code right}: a wrong first dispatch. */
    static Department wrongDepartment(Department right, SplittableRandom rnd) {
        Department[] all = Department.values();
        Department d = all[rnd.nextInt(all.length - 1)];
        return d.ordinal() >= right.ordinal() ? all[d.ordinal() + 1] : d;
    }

    static int severity(Category category, SplittableRandom rnd) {
        int base = switch (category) {
            case FIRE -> 3;
            case FLOOD, SAFETY_HAZARD, PUBLIC_ORDER -> 2;
            default -> 1;
        };
        double u = rnd.nextDouble();
        int s = base + (u < 0.25 ? 1 : 0) + (u < 0.04 ? 1 : 0);
        return Math.min(4, s);
    }

    static String phrase(Category category, SplittableRandom rnd) {
        String[] p = PHRASES.get(category);
        return p[rnd.nextInt(p.length)];
    }
}
